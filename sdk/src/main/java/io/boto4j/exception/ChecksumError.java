package io.boto4j.exception;

/** Data received did not match its checksum; the data is not returned. */
public class ChecksumError extends BotoCoreError {
    public ChecksumError(String message) {
        super(message);
    }

    public ChecksumError(String message, Throwable cause) {
        super(message, cause);
    }
}
