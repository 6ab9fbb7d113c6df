package io.boto4j.internal.endpoints.rules;

import java.util.List;

/**
 * A declared parameter of a rule set.
 *
 * @param name         the parameter name ({@code Region}, {@code Bucket}, ...)
 * @param type         {@code string}, {@code boolean} or {@code stringArray}
 * @param builtIn      the built-in that supplies it ({@code AWS::Region}), or null
 * @param defaultValue the default (String, Boolean or List of String), or null
 * @param required     whether resolution fails when it has no value and no default
 * @param index        its position in the argument array {@link RuleSet#evaluate(Object[])} takes
 */
public record Parameter(String name, Type type, String builtIn, Object defaultValue, boolean required, int index) {

    public enum Type {
        STRING("<class 'str'>"), BOOLEAN("<class 'bool'>"), STRING_ARRAY("<class 'tuple'>");

        private final String pythonName;

        Type(String pythonName) {
            this.pythonName = pythonName;
        }

        static Type parse(String name, String param) {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "string":
                    return STRING;
                case "boolean":
                    return BOOLEAN;
                case "stringarray":
                    return STRING_ARRAY;
                default:
                    throw new RuleSetError("Unknown parameter type: " + name + " (parameter " + param
                            + "). A parameter must be of type string, boolean, or stringarray.");
            }
        }

        boolean accepts(Object value) {
            return switch (this) {
                case STRING -> value instanceof String;
                case BOOLEAN -> value instanceof Boolean;
                case STRING_ARRAY -> value instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
            };
        }
    }

    /** The value to evaluate with: the input, else the default; fails for a missing required one or a bad type. */
    Object process(Object value) {
        if (value == null) {
            if (defaultValue != null) {
                return defaultValue;
            }
            if (required) {
                throw new RuleSetError("Cannot find value for required parameter " + name);
            }
            return null;
        }
        if (!type.accepts(value)) {
            throw new RuleSetError("Value (" + name + ") is the wrong type. Must be " + type.pythonName + ".");
        }
        return value;
    }
}
