package io.boto4j.exception;

/** A configuration value is invalid. */
public class InvalidConfigError extends BotoCoreError {
    public InvalidConfigError(String message) {
        super(message);
    }

    public InvalidConfigError(String message, Throwable cause) {
        super(message, cause);
    }
}
