package io.boto4j.exception;

/** A response body could not be parsed; the message keeps the status and the start of the raw body. */
public class ResponseParserError extends BotoCoreError {
    public ResponseParserError(String message) {
        super(message);
    }

    public ResponseParserError(String message, Throwable cause) {
        super(message, cause);
    }
}
