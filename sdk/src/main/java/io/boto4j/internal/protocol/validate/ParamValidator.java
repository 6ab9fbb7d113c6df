package io.boto4j.internal.protocol.validate;

import io.boto4j.model.BlobShape;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StringShape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import io.boto4j.internal.protocol.ParamShapeErrors;
import io.boto4j.internal.protocol.TimestampFormats;
import io.boto4j.http.RequestBody;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * botocore's parameter validation: required members, types, {@code min} lengths and values, unknown keys,
 * union members (exactly one set), documents. Every problem is collected, each with the path of the
 * parameter ({@code Item.attr.S}, {@code Tags[0].Key}, {@code Attributes (key: k)}), so one
 * {@link io.boto4j.exception.ParamValidationError} reports them all. Stateless and thread-safe.
 */
public final class ParamValidator {
    private static final String INPUT = "input";

    /**
     * Where a value sits in the params, rendered only when a problem is reported (validation of valid input
     * then costs no string building).
     */
    private record ParamPath(ParamPath parent, String key, int index, boolean mapKey) {
        static final ParamPath ROOT = new ParamPath(null, null, -1, false);

        ParamPath member(String name) {
            return new ParamPath(this, name, -1, false);
        }

        ParamPath item(int i) {
            return new ParamPath(this, null, i, false);
        }

        ParamPath keyOf(String k) {
            return new ParamPath(this, k, -1, true);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return "";
            }
            String p = parent.toString();
            if (mapKey) {
                return p + " (key: " + key + ")";
            }
            if (key == null) {
                return p + "[" + index + "]";
            }
            return p.isEmpty() ? key : p + "." + key;
        }
    }

    /** The problems found, in the order botocore reports them; empty when the params fit the shape. */
    public List<String> validate(Map<String, ?> params, StructureShape input) {
        List<String> problems = new ArrayList<>();
        validateStructure(params, input, ParamPath.ROOT, problems, true);
        return problems;
    }

    private void validate(Object value, Shape shape, ParamPath path, List<String> problems) {
        if (shape instanceof StructureShape s) {
            if (s.isDocument()) {
                validateDocument(value, path, problems);
            } else if (value instanceof Map<?, ?> m) {
                validateStructure(m, s, path, problems, false);
            } else {
                invalidType(value, path, "Map", problems);
            }
        } else if (shape instanceof StringShape) {
            if (shape.isJsonValue() && "header".equals(shape.location())) {
                return;
            }
            if (value instanceof CharSequence cs) {
                minCheck(cs.length(), shape, path, "Invalid length", "valid min length", problems);
            } else {
                invalidType(value, path, "String", problems);
            }
        } else if (shape instanceof ListShape l) {
            Collection<?> items = value instanceof Collection<?> c ? c
                    : value instanceof Object[] a ? List.of(a) : null;
            if (items == null) {
                invalidType(value, path, "List", problems);
                return;
            }
            minCheck(items.size(), shape, path, "Invalid length", "valid min length", problems);
            int i = 0;
            for (Object item : items) {
                ParamPath itemPath = path.item(i++);
                if (item == null) {
                    invalidType(null, itemPath, typeNames(l.member()), problems);
                } else {
                    validate(item, l.member(), itemPath, problems);
                }
            }
        } else if (shape instanceof MapShape m) {
            if (!(value instanceof Map<?, ?> map)) {
                invalidType(value, path, "Map", problems);
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                validate(e.getKey(), m.key(), path.keyOf(String.valueOf(e.getKey())), problems);
                if (e.getValue() != null) {
                    validate(e.getValue(), m.value(), path.member(String.valueOf(e.getKey())), problems);
                }
            }
        } else if (shape instanceof BlobShape) {
            if (!(value instanceof byte[] || value instanceof CharSequence || value instanceof ByteBuffer
                    || value instanceof InputStream || value instanceof Path || value instanceof RequestBody)) {
                invalidType(value, path, "byte[], String, ByteBuffer, InputStream, Path, RequestBody", problems);
            }
        } else if (shape instanceof TimestampShape) {
            if (!TimestampFormats.isTimestamp(value)) {
                invalidType(value, path, "Instant, Date, OffsetDateTime, ZonedDateTime, timestamp-string",
                        problems);
            }
        } else if (shape instanceof ScalarShape s) {
            validateScalar(value, s, path, problems);
        }
    }

    private void validateScalar(Object value, ScalarShape s, ParamPath path, List<String> problems) {
        if (s.isBoolean()) {
            if (!(value instanceof Boolean)) {
                invalidType(value, path, "Boolean", problems);
            }
        } else if (s.isIntegral()) {
            if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte || value instanceof BigInteger) {
                minCheck(((Number) value).doubleValue(), s, path, "Invalid value", "valid min value", problems);
            } else {
                invalidType(value, path, "Integer, Long", problems);
            }
        } else if (s.isFloatingPoint()) {
            if (value instanceof Number n && !(value instanceof Byte)) {
                if (!(value instanceof Double d && d.isNaN()) && !(value instanceof Float f && f.isNaN())) {
                    minCheck(n.doubleValue(), s, path, "Invalid value", "valid min value", problems);
                }
            } else {
                invalidType(value, path, "Double, Float, BigDecimal, Integer, Long", problems);
            }
        }
    }

    private void validateStructure(Map<?, ?> params, StructureShape shape, ParamPath path, List<String> problems,
                                   boolean topLevel) {
        Map<String, Shape> members = shape.members();
        if (shape.isUnion()) {
            int set = 0;
            for (Object v : params.values()) {
                if (v != null) {
                    set++;
                }
            }
            if (set == 0) {
                problems.add("Must set one of the following keys for tagged union structure " + name(path) + ": "
                        + String.join(", ", members.keySet()) + ".");
            } else if (set > 1) {
                problems.add("Invalid number of parameters set for tagged union structure " + name(path)
                        + ". Can only set one of the following keys: " + String.join(", ", members.keySet()) + ".");
            }
        }
        for (String required : shape.required()) {
            if (params.get(required) == null) {
                Shape m = members.get(required);
                // tokens the serializer fills in are not the caller's to give
                if (topLevel && m != null && m.isIdempotencyToken()) {
                    continue;
                }
                problems.add("Missing required parameter in " + name(path) + ": \"" + required + "\"");
            }
        }
        for (Map.Entry<?, ?> e : params.entrySet()) {
            String key = String.valueOf(e.getKey());
            Shape member = members.get(key);
            if (member == null) {
                problems.add("Unknown parameter in " + name(path) + ": \"" + key + "\", must be one of: "
                        + String.join(", ", members.keySet()));
            }
        }
        for (Map.Entry<?, ?> e : params.entrySet()) {
            String key = String.valueOf(e.getKey());
            Shape member = members.get(key);
            if (member != null && e.getValue() != null) {
                validate(e.getValue(), member, path.member(key), problems);
            }
        }
    }

    private void validateDocument(Object value, ParamPath path, List<String> problems) {
        if (value == null || value instanceof CharSequence || value instanceof Boolean || value instanceof Number) {
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                validateDocument(e.getValue(), path.member(String.valueOf(e.getKey())), problems);
            }
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                validateDocument(item, path.item(i++), problems);
            }
        } else {
            problems.add("Invalid type for document parameter " + name(path) + ", value: "
                    + ParamShapeErrors.SafeText.of(value) + ", type: " + value.getClass().getSimpleName()
                    + ", valid types: String, Number, Boolean, List, Map");
        }
    }

    private static void minCheck(double actual, Shape shape, ParamPath path, String what, String bound,
                                 List<String> problems) {
        Double min = shape.min();
        if (min == null && shape.isHostLabel()) {
            min = 1.0;
        }
        if (min != null && actual < min) {
            problems.add(what + " for parameter " + name(path) + ", value: " + number(actual) + ", " + bound + ": "
                    + number(min));
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : BigDecimal.valueOf(d).toString();
    }

    private static void invalidType(Object value, ParamPath path, String valid, List<String> problems) {
        problems.add("Invalid type for parameter " + name(path) + ", value: " + ParamShapeErrors.SafeText.of(value)
                + ", type: " + typeName(value) + ", valid types: "
                + valid);
    }

    /** The value's class as users know it; an anonymous or local class has no simple name, so its full one. */
    private static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        String simple = value.getClass().getSimpleName();
        return simple.isEmpty() ? value.getClass().getName() : simple;
    }

    private static String typeNames(Shape shape) {
        if (shape instanceof StringShape) {
            return "String";
        }
        if (shape instanceof StructureShape || shape instanceof MapShape) {
            return "Map";
        }
        if (shape instanceof ListShape) {
            return "List";
        }
        return shape.type();
    }

    private static String name(ParamPath path) {
        String p = path.toString();
        return p.isEmpty() ? INPUT : p;
    }
}
