package io.boto4j.spring.events;

import io.boto4j.events.EventEmitter;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Forwards the application context's lifecycle to the session's SDK emitter, so SDK-level plugins can react:
 * {@value #STARTED} when the context has been refreshed and {@value #CLOSING} when it starts to close. Both carry
 * {@code application_context} (the {@link ApplicationContext}).
 */
public final class LifecycleEventForwarder implements SmartApplicationListener {
    /** Emitted once the context is refreshed (all singletons exist). */
    public static final String STARTED = "spring-application-started";
    /** Emitted when the context begins to close (clients are still open). */
    public static final String CLOSING = "spring-application-closing";

    private final EventEmitter emitter;

    public LifecycleEventForwarder(EventEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ContextRefreshedEvent.class.isAssignableFrom(eventType)
                || ContextClosedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        String name = event instanceof ContextClosedEvent ? CLOSING : STARTED;
        ApplicationContext context = (ApplicationContext) event.getSource();
        if (emitter.hasHandlers(name)) {
            emitter.emit(name, new java.util.LinkedHashMap<>(Map.of("application_context", context)));
        }
    }
}
