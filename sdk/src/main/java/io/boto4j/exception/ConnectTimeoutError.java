package io.boto4j.exception;

/** Connecting to an endpoint took longer than the connect timeout. */
public class ConnectTimeoutError extends EndpointConnectionError {
    public ConnectTimeoutError(String message) {
        super(message);
    }

    public ConnectTimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
