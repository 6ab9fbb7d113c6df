package io.boto4j.exception;

/** A credentials source holds only some of the parts it needs (e.g. an access key without a secret key). */
public class PartialCredentialsError extends CredentialRetrievalError {
    public PartialCredentialsError(String message) {
        super(message);
    }
}
