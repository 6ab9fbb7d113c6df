package io.boto4j.exception;

/** Model data that was asked for is in none of the searched locations; the message names them. */
public class DataNotFoundError extends BotoCoreError {
    public DataNotFoundError(String message) {
        super(message);
    }

    public DataNotFoundError(String message, Throwable cause) {
        super(message, cause);
    }
}
