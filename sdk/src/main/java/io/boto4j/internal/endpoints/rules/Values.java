package io.boto4j.internal.endpoints.rules;

/** Conversions of rule values to text, as botocore's Python formatting shows them. */
final class Values {
    private Values() {
    }

    static String display(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }

    /** The Python type name botocore's messages use. */
    static String pythonType(Object value) {
        if (value == null) {
            return "<class 'NoneType'>";
        }
        if (value instanceof String) {
            return "<class 'str'>";
        }
        if (value instanceof Boolean) {
            return "<class 'bool'>";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "<class 'int'>";
        }
        if (value instanceof java.util.List) {
            return "<class 'list'>";
        }
        if (value instanceof java.util.Map) {
            return "<class 'dict'>";
        }
        return "<class '" + value.getClass().getSimpleName() + "'>";
    }
}
