package io.boto4j.paginate;

import java.util.Collection;
import java.util.Map;

/**
 * Python's truth test, which botocore applies to next tokens and {@code more_results} values: unlike
 * JMESPath's, a zero is false.
 */
final class PythonTruth {
    private PythonTruth() {
    }

    static boolean isTrue(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof byte[] b) {
            return b.length > 0;
        }
        return true;
    }
}
