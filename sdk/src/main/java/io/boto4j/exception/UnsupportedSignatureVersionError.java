package io.boto4j.exception;

/** The requested signature version is not supported. */
public class UnsupportedSignatureVersionError extends BotoCoreError {
    public UnsupportedSignatureVersionError(String message) {
        super(message);
    }

    public UnsupportedSignatureVersionError(String message, Throwable cause) {
        super(message, cause);
    }
}
