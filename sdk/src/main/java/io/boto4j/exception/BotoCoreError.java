package io.boto4j.exception;

/** A client-side failure, named after botocore's base class of the same name. */
public class BotoCoreError extends Boto4jException {
    public BotoCoreError(String message) {
        super(message);
    }

    public BotoCoreError(String message, Throwable cause) {
        super(message, cause);
    }
}
