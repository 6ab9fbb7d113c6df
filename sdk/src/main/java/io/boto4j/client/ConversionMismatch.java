package io.boto4j.client;

import io.boto4j.exception.ResultTypeError;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that does not convert to the type asked for, travelling up the converters while each container adds
 * its key or index to the path; the entry point turns it into a {@link ResultTypeError}. Only thrown on
 * failure, so a successful conversion never builds a path.
 */
final class ConversionMismatch extends RuntimeException {
    private final Deque<String> path = new ArrayDeque<>();
    private final String expected;
    private final transient Object actual;

    ConversionMismatch(String expected, Object actual) {
        super(null, null, false, false);
        this.expected = expected;
        this.actual = actual;
    }

    ConversionMismatch inKey(Object key) {
        path.addFirst("." + key);
        return this;
    }

    ConversionMismatch atIndex(int index) {
        path.addFirst("[" + index + "]");
        return this;
    }

    /** The error a user sees, its path starting at {@code root} (a key, or "" for the result itself). */
    ResultTypeError toError(String root) {
        StringBuilder sb = new StringBuilder(root);
        for (String segment : path) {
            sb.append(segment);
        }
        String p = sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
        return new ResultTypeError(p.isEmpty() ? "(the result)" : p, expected, actual);
    }
}
