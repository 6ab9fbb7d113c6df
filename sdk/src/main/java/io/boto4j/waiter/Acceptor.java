package io.boto4j.waiter;

import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.jmespath.JmesPathExpression;
import java.util.List;
import java.util.Map;

/**
 * One acceptor of a waiter: a matcher over the response (or over the error response, for service errors), the
 * value it expects and the state it moves to. Matching follows botocore: path matchers never match an error
 * response, {@code pathAll}/{@code pathAny} need a non-empty list, values compare as Python's {@code ==}.
 */
record Acceptor(State state, Matcher matcher, Object expected, JmesPathExpression argument) {

    enum State {
        SUCCESS("success"), FAILURE("failure"), RETRY("retry");

        final String json;

        State(String json) {
            this.json = json;
        }

        static State of(String s) {
            for (State v : values()) {
                if (v.json.equals(s)) {
                    return v;
                }
            }
            return null;
        }
    }

    enum Matcher {
        PATH("path"), PATH_ALL("pathAll"), PATH_ANY("pathAny"), STATUS("status"), ERROR("error");

        final String json;

        Matcher(String json) {
            this.json = json;
        }

        static Matcher of(String s) {
            for (Matcher v : values()) {
                if (v.json.equals(s)) {
                    return v;
                }
            }
            return null;
        }

        boolean isPath() {
            return this == PATH || this == PATH_ALL || this == PATH_ANY;
        }
    }

    boolean matches(Map<String, Object> response) {
        return switch (matcher) {
            case PATH -> !isError(response) && JmesPath.valuesEqual(argument.search(response), expected);
            case PATH_ALL -> !isError(response) && allMatch(argument.search(response));
            case PATH_ANY -> !isError(response) && anyMatch(argument.search(response));
            case STATUS -> statusMatches(response);
            case ERROR -> errorMatches(response);
        };
    }

    private boolean allMatch(Object result) {
        if (!(result instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        for (Object element : list) {
            if (!JmesPath.valuesEqual(element, expected)) {
                return false;
            }
        }
        return true;
    }

    private boolean anyMatch(Object result) {
        if (!(result instanceof List<?> list)) {
            return false;
        }
        for (Object element : list) {
            if (JmesPath.valuesEqual(element, expected)) {
                return true;
            }
        }
        return false;
    }

    private boolean statusMatches(Map<String, Object> response) {
        Object metadata = response.get("ResponseMetadata");
        Object status = metadata instanceof Map<?, ?> m ? m.get("HTTPStatusCode") : null;
        return JmesPath.valuesEqual(status, expected);
    }

    private boolean errorMatches(Map<String, Object> response) {
        Object error = response.get("Error");
        if (Boolean.TRUE.equals(expected)) {
            return error instanceof Map<?, ?> m && m.containsKey("Code");
        }
        if (Boolean.FALSE.equals(expected)) {
            return !response.containsKey("Error");
        }
        Object code = error instanceof Map<?, ?> m ? m.get("Code") : null;
        return expected.equals(code == null ? "" : code);
    }

    /** botocore's test for a service error response: an {@code Error} map with a {@code Code}. */
    static boolean isError(Map<String, Object> response) {
        return response.get("Error") instanceof Map<?, ?> m && m.containsKey("Code");
    }

    /** botocore's wording, which users match in logs. */
    String explanation() {
        String expectedText = python(expected);
        return switch (matcher) {
            case PATH -> "For expression \"" + argument.text() + "\" we matched expected path: \"" + expectedText + "\"";
            case PATH_ALL -> "For expression \"" + argument.text() + "\" all members matched expected path: \""
                    + expectedText + "\"";
            case PATH_ANY -> "For expression \"" + argument.text() + "\" we matched expected path: \"" + expectedText
                    + "\" at least once";
            case STATUS -> "Matched expected HTTP status code: " + expectedText;
            case ERROR -> "Matched expected service error code: " + expectedText;
        };
    }

    private static String python(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(value);
    }
}
