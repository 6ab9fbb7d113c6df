package io.boto4j.exception;

/** A bearer-token operation found no token (botocore's {@code NoAuthTokenError}). */
public class NoAuthTokenError extends BotoCoreError {
    public NoAuthTokenError(String message) {
        super(message);
    }
}
