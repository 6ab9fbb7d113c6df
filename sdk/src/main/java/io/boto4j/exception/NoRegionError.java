package io.boto4j.exception;

/** A client needs a region and none was configured. */
public class NoRegionError extends BotoCoreError {
    public NoRegionError(String message) {
        super(message);
    }

    public NoRegionError(String message, Throwable cause) {
        super(message, cause);
    }
}
