package io.boto4j.exception;

/** A defaults_mode that is not one of the modes botocore knows. */
public class InvalidDefaultsMode extends BotoCoreError {
    public InvalidDefaultsMode(String message) {
        super(message);
    }
}
