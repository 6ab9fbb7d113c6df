package io.boto4j.exception;

/**
 * The connection closed before a whole response arrived (reset by the peer, or a body shorter than its
 * Content-Length): botocore's {@code ConnectionClosedError}, which retries treat as transient.
 */
public class ConnectionClosedError extends EndpointConnectionError {
    public ConnectionClosedError(String message, Throwable cause) {
        super(message, cause);
    }
}
