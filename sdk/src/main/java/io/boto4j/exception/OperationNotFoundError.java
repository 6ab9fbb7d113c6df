package io.boto4j.exception;

/** The service model has no operation of the given name. */
public class OperationNotFoundError extends BotoCoreError {
    public OperationNotFoundError(String message) {
        super(message);
    }

    public OperationNotFoundError(String message, Throwable cause) {
        super(message, cause);
    }
}
