package io.boto4j.events;

import java.util.Map;

/**
 * A handler of events emitted by an {@link EventEmitter}. It receives the full name of the event that was emitted
 * (not the name it was registered under) and the event's named arguments, which it may change where the event
 * allows. It returns null for "no response"; a non-null value is a response some events act on (for example a
 * {@code before-call} response short-circuits the call).
 */
@FunctionalInterface
public interface EventHandler {
    Object handle(String eventName, Map<String, Object> kwargs);
}
