package io.boto4j.exception;

/** A service model file is malformed or refers to something that is not there; the message names the file. */
public class ModelError extends BotoCoreError {
    public ModelError(String message) {
        super(message);
    }

    public ModelError(String message, Throwable cause) {
        super(message, cause);
    }
}
