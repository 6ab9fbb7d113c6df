package io.boto4j.sample.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where to open the inbox once the web server listens: the last line a newcomer needs. */
@Component
class InboxUrlLog {
    private static final Logger log = LoggerFactory.getLogger(InboxUrlLog.class);

    @EventListener
    void onListening(WebServerInitializedEvent event) {
        log.info("Document inbox ready: open http://localhost:{}/", event.getWebServer().getPort());
    }
}
