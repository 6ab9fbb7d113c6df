package io.boto4j.internal.endpoints.rules;

/**
 * A compiled expression of a rule set. Values are {@code String}, {@code Boolean}, {@code Integer},
 * {@code List<?>} and {@code Map<String, ?>} (records such as a partition or a parsed ARN), or null for unset.
 */
interface Expr {
    Object eval(Object[] scope);

    /** A constant value (a literal that is not a template). */
    record Literal(Object value) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            return value;
        }
    }

    /** A reference to a parameter or an assigned variable, by slot. */
    record Ref(int slot) implements Expr {
        @Override
        public Object eval(Object[] scope) {
            return scope[slot];
        }
    }
}
