package io.boto4j.exception;

/** A config file that was asked for by name does not exist. */
public class ConfigNotFound extends BotoCoreError {
    public ConfigNotFound(String message) {
        super(message);
    }
}
