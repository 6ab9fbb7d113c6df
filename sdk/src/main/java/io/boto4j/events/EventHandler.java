package io.boto4j.events;

import java.util.Map;

/**
 * The two-argument form of a handler, as botocore calls its handlers: the full name of the event that was
 * emitted (not the name it was registered under) and the event's keyword arguments, which it may change where
 * the event allows. It returns null for "no response"; a non-null value is a response some events act on.
 * {@link EventEmitter#register(String, EventHandler)} takes such lambdas ({@code (name, kwargs) -> null}) beside
 * the one-argument {@link TypedEventHandler} form ({@code event -> null}); Java tells them apart by arity.
 */
@FunctionalInterface
public interface EventHandler extends TypedEventHandler {
    Object handle(String eventName, Map<String, Object> kwargs);

    @Override
    default Object handle(Event event) {
        return handle(event.name(), event.kwargs());
    }
}
