package io.boto4j.exception;

/** Reading a response took longer than the read timeout. */
public class ReadTimeoutError extends EndpointConnectionError {
    public ReadTimeoutError(String message) {
        super(message);
    }

    public ReadTimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
