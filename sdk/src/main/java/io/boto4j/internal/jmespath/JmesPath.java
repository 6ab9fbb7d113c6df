package io.boto4j.internal.jmespath;

import io.burt.jmespath.JmesPathException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point to JMESPath over result maps. Expressions are compiled once and kept: paginators, waiters and
 * resources name the same few hundred expressions over and over. User expressions (a paginator's
 * {@code search}) go through the same cache, which is bounded so that generated expressions cannot grow it
 * without limit.
 */
public final class JmesPath {
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, JmesPathExpression> CACHE = new ConcurrentHashMap<>();

    private JmesPath() {
    }

    /**
     * The compiled expression.
     *
     * @throws IllegalArgumentException naming the expression and the parse error when it is not valid JMESPath
     */
    public static JmesPathExpression compile(String expression) {
        if (expression == null) {
            throw new IllegalArgumentException("JMESPath expression is null");
        }
        JmesPathExpression cached = CACHE.get(expression);
        if (cached != null) {
            return cached;
        }
        JmesPathExpression compiled;
        MemberPath path = MemberPath.parse(expression);
        if (path != null) {
            compiled = new JmesPathExpression(expression, path);
        } else {
            try {
                compiled = new JmesPathExpression(expression, ValueRuntime.INSTANCE.compile(expression));
            } catch (JmesPathException e) {
                throw new IllegalArgumentException("Invalid JMESPath expression '" + expression + "': " + e.getMessage(), e);
            }
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.putIfAbsent(expression, compiled);
        return compiled;
    }

    /** Evaluates {@code expression} against {@code data}. */
    public static Object search(String expression, Object data) {
        return compile(expression).search(data);
    }

    /**
     * Python's {@code ==} over result values, as botocore's waiters apply it between a JMESPath result and an
     * acceptor's expected value: numbers by value whatever their Java type, lists and maps deeply, blobs by
     * content, timestamps by instant, and values of different kinds never equal.
     */
    public static boolean valuesEqual(Object a, Object b) {
        return ValueRuntime.INSTANCE.compare(a, b) == 0;
    }
}
