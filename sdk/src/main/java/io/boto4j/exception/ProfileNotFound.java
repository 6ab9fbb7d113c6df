package io.boto4j.exception;

/** The profile asked for is in neither the config file nor the credentials file. */
public class ProfileNotFound extends BotoCoreError {
    public ProfileNotFound(String message) {
        super(message);
    }

    public ProfileNotFound(String message, Throwable cause) {
        super(message, cause);
    }
}
