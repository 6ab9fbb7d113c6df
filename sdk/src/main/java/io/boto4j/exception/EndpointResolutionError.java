package io.boto4j.exception;

/** The endpoint rule set ended in an error rule, or its input was invalid; the message is the rule set's. */
public class EndpointResolutionError extends BotoCoreError {
    public EndpointResolutionError(String message) {
        super(message);
    }

    public EndpointResolutionError(String message, Throwable cause) {
        super(message, cause);
    }
}
