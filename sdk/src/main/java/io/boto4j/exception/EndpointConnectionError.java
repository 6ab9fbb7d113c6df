package io.boto4j.exception;

/** The HTTP connection to an endpoint failed. */
public class EndpointConnectionError extends BotoCoreError {
    public EndpointConnectionError(String message) {
        super(message);
    }

    public EndpointConnectionError(String message, Throwable cause) {
        super(message, cause);
    }
}
