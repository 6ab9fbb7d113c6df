package io.boto4j.exception;

/** A shared config or credentials file could not be parsed; the message names the file and line. */
public class ConfigParseError extends BotoCoreError {
    public ConfigParseError(String message) {
        super(message);
    }

    public ConfigParseError(String message, Throwable cause) {
        super(message, cause);
    }
}
