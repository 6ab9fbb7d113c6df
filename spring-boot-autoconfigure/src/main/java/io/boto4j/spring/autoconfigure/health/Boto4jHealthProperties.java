package io.boto4j.spring.autoconfigure.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the {@code boto4j} health contributor checks the clients, under {@code boto4j.health}. */
@ConfigurationProperties(prefix = "boto4j.health")
public class Boto4jHealthProperties {
    /** How long a client's result is reused; no scrape within it makes a call. */
    private Duration cacheTtl = Duration.ofSeconds(10);

    /** The longest a health request waits for a client's check; a check still running then reports DOWN. */
    private Duration timeout = Duration.ofSeconds(2);

    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public void setCacheTtl(Duration cacheTtl) {
        this.cacheTtl = cacheTtl;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
