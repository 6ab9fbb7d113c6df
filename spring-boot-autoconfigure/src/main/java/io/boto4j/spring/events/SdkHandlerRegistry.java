package io.boto4j.spring.events;

import io.boto4j.events.EventEmitter;
import io.boto4j.events.EventHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK handlers the application context contributes, and the emitters they go on (the session's and each
 * client bean's). Beans appear in any order: a handler registered after a client was built still reaches it, and
 * a client built later gets every handler registered before. Each registration has a unique id, so a client that
 * copied the session's handlers does not get them twice.
 */
public final class SdkHandlerRegistry {
    private record Registration(String pattern, EventHandler handler, String uniqueId) {
    }

    private final List<Registration> registrations = new ArrayList<>();
    private final List<EventEmitter> emitters = new ArrayList<>();

    public synchronized void register(String pattern, EventHandler handler) {
        Registration r = new Registration(pattern, handler, "boto4j-spring-" + registrations.size());
        registrations.add(r);
        emitters.forEach(e -> e.register(r.pattern, r.handler, r.uniqueId));
    }

    /** Puts every handler on {@code emitter}, now and as more are registered. */
    public synchronized void attach(EventEmitter emitter) {
        if (emitters.stream().anyMatch(e -> e == emitter)) {
            return;
        }
        emitters.add(emitter);
        registrations.forEach(r -> emitter.register(r.pattern, r.handler, r.uniqueId));
    }

    public synchronized boolean isEmpty() {
        return registrations.isEmpty();
    }

    @Override
    public synchronized String toString() {
        return "SdkHandlerRegistry" + registrations.stream().map(Registration::pattern).toList();
    }
}
