package io.boto4j.exception;

/** An event stream frame was corrupt or the service sent an error event. */
public class EventStreamError extends BotoCoreError {
    public EventStreamError(String message) {
        super(message);
    }

    public EventStreamError(String message, Throwable cause) {
        super(message, cause);
    }
}
