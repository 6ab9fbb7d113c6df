package io.boto4j.exception;

/** A credentials provider was configured but failed to produce credentials. */
public class CredentialRetrievalError extends BotoCoreError {
    public CredentialRetrievalError(String message) {
        super(message);
    }

    public CredentialRetrievalError(String message, Throwable cause) {
        super(message, cause);
    }
}
