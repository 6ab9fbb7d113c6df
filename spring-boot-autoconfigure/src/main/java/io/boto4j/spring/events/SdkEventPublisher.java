package io.boto4j.spring.events;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes SDK events whose names match the configured patterns as {@link SdkEvent}s. With no pattern it
 * registers nothing, so the SDK does not even build the events' arguments.
 */
public final class SdkEventPublisher {
    private final List<String> patterns;

    public SdkEventPublisher(List<String> patterns, SdkHandlerRegistry registry, ApplicationEventPublisher publisher) {
        this.patterns = List.copyOf(patterns);
        for (String pattern : this.patterns) {
            registry.register(pattern, (eventName, kwargs) -> {
                publisher.publishEvent(new SdkEvent(this, eventName, kwargs));
                return null;
            });
        }
    }

    public List<String> patterns() {
        return patterns;
    }
}
