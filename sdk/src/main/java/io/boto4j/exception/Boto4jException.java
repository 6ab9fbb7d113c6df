package io.boto4j.exception;

/**
 * Root of every exception boto4j throws. All are unchecked, as botocore's are uncaught-by-default.
 * Messages never carry secret values (keys, tokens, passwords).
 */
public abstract class Boto4jException extends RuntimeException {
    protected Boto4jException(String message) {
        super(message);
    }

    protected Boto4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
