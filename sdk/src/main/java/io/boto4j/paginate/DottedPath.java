package io.boto4j.paginate;

import io.boto4j.exception.PaginationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result key or non-aggregate key seen as a path of member names ({@code A.B.C}), which is all that botocore
 * can write a value back into (it rejects brackets and wildcards the same way). Pages from the invoker may be
 * unmodifiable, so writing into a page copies the maps along the path and leaves the original untouched.
 */
final class DottedPath {
    private final String expression;
    private final String[] segments;

    private DottedPath(String expression, String[] segments) {
        this.expression = expression;
        this.segments = segments;
    }

    /** The path of a dotted expression, or null when the expression is more than member names. */
    static DottedPath of(String expression) {
        if (expression.isEmpty() || expression.equals(".") || expression.indexOf('[') >= 0
                || expression.indexOf(']') >= 0 || expression.indexOf('*') >= 0) {
            return null;
        }
        String[] segments = expression.split("\\.", -1);
        for (String s : segments) {
            if (s.isEmpty()) {
                return null;
            }
        }
        return new DottedPath(expression, segments);
    }

    /** A copy of {@code root} with the value at this path replaced, intermediate maps created as needed. */
    Map<String, Object> with(Map<String, Object> root, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(root);
        set(copy, value);
        return copy;
    }

    /**
     * Sets the value at this path in {@code root}, which the caller owns; the maps along the path are replaced
     * by copies, so maps shared with a page are never written to.
     */
    void set(Map<String, Object> root, Object value) {
        Map<String, Object> current = root;
        for (int i = 0; i < segments.length - 1; i++) {
            Map<String, Object> child = new LinkedHashMap<>(childMap(current, i));
            current.put(segments[i], child);
            current = child;
        }
        current.put(segments[segments.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> childMap(Map<String, Object> parent, int i) {
        Object child = parent.get(segments[i]);
        if (child == null) {
            return Map.of();
        }
        if (child instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new PaginationError("Cannot set '" + expression + "': '" + String.join(".", List.of(segments).subList(0, i + 1))
                + "' is not a structure");
    }

    @Override
    public String toString() {
        return expression;
    }
}
