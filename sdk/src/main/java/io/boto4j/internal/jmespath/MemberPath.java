package io.boto4j.internal.jmespath;

import io.burt.jmespath.Expression;
import java.util.Map;

/**
 * An expression that is only member names ({@code Table.TableStatus}), evaluated as a chain of map look-ups.
 * Nearly every paginator token and result key has this form, and jmespath-java's ANTLR parser costs about a
 * second to start and 0.1-1 ms per expression on this project's machines (measured), so these skip it. The
 * result is the library's: a missing member or a non-object on the way gives null.
 */
final class MemberPath implements Expression<Object> {
    private final String[] names;

    private MemberPath(String[] names) {
        this.names = names;
    }

    /** The path for an expression of unquoted identifiers joined by dots, or null for anything else. */
    static MemberPath parse(String expression) {
        int n = expression.length();
        if (n == 0) {
            return null;
        }
        int start = 0;
        int segments = 1;
        for (int i = 0; i < n; i++) {
            char c = expression.charAt(i);
            if (c == '.') {
                if (i == start) {
                    return null;
                }
                start = i + 1;
                segments++;
            } else if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > start && c >= '0' && c <= '9'))) {
                return null;
            }
        }
        if (start == n) {
            return null;
        }
        return new MemberPath(expression.split("\\.", segments));
    }

    @Override
    public Object search(Object input) {
        Object current = input;
        for (String name : names) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(name);
        }
        return current;
    }
}
