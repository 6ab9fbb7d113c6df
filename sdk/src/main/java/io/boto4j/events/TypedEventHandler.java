package io.boto4j.events;

/**
 * A handler of events, given the {@link Event} with typed reads of its arguments:
 * {@code events.register(Events.beforeCall("s3"), event -> { event.request().header("x-trace", id); return null; })}.
 * It returns null for "no response"; a non-null value is a response some events act on (a {@code before-call}
 * response short-circuits the call). Every handler is one of these; {@link EventHandler} is the two-argument
 * form of handlers ported from boto3.
 */
@FunctionalInterface
public interface TypedEventHandler {
    Object handle(Event event);
}
