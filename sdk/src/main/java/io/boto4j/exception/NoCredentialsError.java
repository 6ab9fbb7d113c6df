package io.boto4j.exception;

/** No provider in the credentials chain found credentials. */
public class NoCredentialsError extends BotoCoreError {
    public NoCredentialsError(String message) {
        super(message);
    }

    public NoCredentialsError(String message, Throwable cause) {
        super(message, cause);
    }
}
