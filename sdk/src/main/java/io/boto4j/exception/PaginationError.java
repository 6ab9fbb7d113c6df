package io.boto4j.exception;

/** Pagination cannot continue (for example, the service repeated a token). */
public class PaginationError extends BotoCoreError {
    public PaginationError(String message) {
        super(message);
    }

    public PaginationError(String message, Throwable cause) {
        super(message, cause);
    }
}
