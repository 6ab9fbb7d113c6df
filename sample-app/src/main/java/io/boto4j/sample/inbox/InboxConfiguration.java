package io.boto4j.sample.inbox;

import io.boto4j.config.ConfigOption;
import io.boto4j.spring.autoconfigure.ClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the inbox adds to the starter's beans. */
@Configuration(proxyBeanMethods = false)
class InboxConfiguration {
    /**
     * Every client the starter builds names this application in its user agent (botocore's
     * {@code user_agent_appid}), so the calls can be told apart in CloudTrail; one customizer serves all clients.
     */
    @Bean
    ClientCustomizer inboxUserAgent() {
        return (service, options) -> options.config(ConfigOption.USER_AGENT_APPID, "boto4j-inbox");
    }
}
