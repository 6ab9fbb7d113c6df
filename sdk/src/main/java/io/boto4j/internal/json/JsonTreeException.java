package io.boto4j.internal.json;

import tools.jackson.core.JacksonException;

/**
 * A tree accessor asked for what the node does not hold (a string's int value, an object's text). A
 * {@code JacksonException}, as Jackson's own {@code JsonNodeException} was, so readers that turn Jackson's
 * failures into their own errors (a malformed credentials document, a bad model file) still catch it.
 */
public final class JsonTreeException extends JacksonException {
    private static final long serialVersionUID = 1L;

    JsonTreeException(String message) {
        super(message);
    }
}
