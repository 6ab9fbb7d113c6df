package io.boto4j.internal.protocol;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.model.StructureShape;
import java.util.List;

/**
 * The errors a serializer raises itself when parameters reach it unvalidated ({@code parameterValidation}
 * off) and do not fit the shapes: still a {@link ParamValidationError} naming the parameter, never a
 * ClassCastException or NullPointerException.
 */
public final class ParamShapeErrors {
    private ParamShapeErrors() {
    }

    public static ParamValidationError unknownMember(StructureShape shape, String member, String where) {
        return new ParamValidationError(List.of("Unknown parameter in " + (where.isEmpty() ? "input" : where)
                + ": \"" + member + "\", must be one of: " + String.join(", ", shape.members().keySet())));
    }

    public static ParamValidationError wrongType(String where, Object value, String expected) {
        return new ParamValidationError(List.of("Invalid type for parameter " + (where.isEmpty() ? "input" : where)
                + ", value: " + SafeText.of(value) + ", type: " + (value == null ? "null" : value.getClass().getSimpleName())
                + ", valid types: " + expected));
    }

    public static ParamValidationError missing(String member, String where) {
        return new ParamValidationError(List.of("Missing required parameter in " + (where.isEmpty() ? "input" : where)
                + ": \"" + member + "\""));
    }

    /** A short, printable form of a parameter value for messages: long values and binary data are cut. */
    public static final class SafeText {
        private SafeText() {
        }

        public static String of(Object value) {
            if (value instanceof byte[] b) {
                return "<" + b.length + " bytes>";
            }
            String s = String.valueOf(value);
            return s.length() > 200 ? s.substring(0, 200) + "..." : s;
        }
    }
}
