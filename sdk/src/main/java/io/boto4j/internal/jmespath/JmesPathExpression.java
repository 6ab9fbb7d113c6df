package io.boto4j.internal.jmespath;

import io.burt.jmespath.Expression;

/** A compiled JMESPath expression over the SDK's plain values; immutable and thread-safe. */
public final class JmesPathExpression {
    private final String text;
    private final Expression<Object> compiled;

    JmesPathExpression(String text, Expression<Object> compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The value the expression selects from {@code data}, or null. */
    public Object search(Object data) {
        return compiled.search(data);
    }

    @Override
    public String toString() {
        return text;
    }
}
