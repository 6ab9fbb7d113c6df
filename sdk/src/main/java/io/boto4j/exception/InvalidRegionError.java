package io.boto4j.exception;

/** A region name that is not a valid host label (botocore validates it before building endpoints). */
public class InvalidRegionError extends BotoCoreError {
    public InvalidRegionError(String message) {
        super(message);
    }
}
