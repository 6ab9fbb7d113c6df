package io.boto4j.internal.protocol.json;

import io.boto4j.internal.json.JsonWriter;
import io.boto4j.model.BlobShape;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import io.boto4j.internal.protocol.ParamShapeErrors;
import io.boto4j.internal.protocol.ScalarEncoder;
import io.boto4j.internal.protocol.TimestampFormats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Writes parameters as a JSON document following the shapes, for the {@code json} and {@code rest-json}
 * protocols: member names from {@code locationName}, blobs in base64, timestamps as epoch seconds unless a
 * {@code timestampFormat} says otherwise, float specials as strings, documents as given. Streams straight to
 * bytes through {@link JsonWriter}; no tree is built.
 */
public final class JsonBodyWriter {
    private JsonBodyWriter() {
    }

    /** The structure's members for which {@code include} holds, as a JSON object. */
    public static byte[] writeStructure(Map<?, ?> params, StructureShape shape, Predicate<Shape> include) {
        JsonWriter g = new JsonWriter(256);
        writeMembers(g, params, shape, include, "");
        return g.toByteArray();
    }

    /** Any value of {@code shape} as a JSON document (a structure payload, a document payload). */
    public static byte[] writeValue(Object value, Shape shape) {
        JsonWriter g = new JsonWriter(256);
        write(g, value, shape, "");
        return g.toByteArray();
    }

    private static void writeMembers(JsonWriter g, Map<?, ?> params, StructureShape shape,
                                     Predicate<Shape> include, String where) {
        g.startObject();
        for (Map.Entry<?, ?> e : params.entrySet()) {
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            String key = String.valueOf(e.getKey());
            Shape member = shape.member(key);
            if (member == null) {
                throw ParamShapeErrors.unknownMember(shape, key, where);
            }
            if (include != null && !include.test(member)) {
                continue;
            }
            String name = member.locationName();
            g.name(name != null ? name : key);
            write(g, value, member, where.isEmpty() ? key : where + "." + key);
        }
        g.endObject();
    }

    private static void write(JsonWriter g, Object value, Shape shape, String where) {
        if (value == null) {
            g.nullValue();
        } else if (shape instanceof StructureShape s) {
            if (s.isDocument()) {
                writeDocument(g, value, where);
            } else if (value instanceof Map<?, ?> m) {
                writeMembers(g, m, s, null, where);
            } else {
                throw ParamShapeErrors.wrongType(where, value, "Map");
            }
        } else if (shape instanceof ListShape l) {
            Shape member = l.member();
            g.startArray();
            int i = 0;
            for (Object item : asCollection(value, where)) {
                write(g, item, member, where + "[" + i++ + "]");
            }
            g.endArray();
        } else if (shape instanceof MapShape m) {
            if (!(value instanceof Map<?, ?> map)) {
                throw ParamShapeErrors.wrongType(where, value, "Map");
            }
            Shape valueShape = m.value();
            g.startObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                g.name(key);
                write(g, e.getValue(), valueShape, where + "." + key);
            }
            g.endObject();
        } else if (shape instanceof BlobShape) {
            g.string(ScalarEncoder.base64(value));
        } else if (shape instanceof TimestampShape) {
            writeTimestamp(g, TimestampFormats.toInstant(value), shape.timestampFormat());
        } else if (shape instanceof ScalarShape s) {
            writeScalar(g, value, s, where);
        } else {
            g.string(value.toString());
        }
    }

    private static void writeTimestamp(JsonWriter g, Instant t, String format) {
        if (format == null || TimestampFormats.isUnix(format)) {
            g.number(TimestampFormats.unixSeconds(t));
        } else {
            g.string(TimestampFormats.format(t, format));
        }
    }

    private static void writeScalar(JsonWriter g, Object value, ScalarShape s, String where) {
        if (s.isBoolean()) {
            if (!(value instanceof Boolean b)) {
                throw ParamShapeErrors.wrongType(where, value, "Boolean");
            }
            g.bool(b);
        } else if (s.isFloatingPoint()) {
            if (ScalarEncoder.isSpecialFloat(value)) {
                g.string(ScalarEncoder.specialFloatText(value));
            } else {
                writeNumber(g, value, where);
            }
        } else {
            writeNumber(g, value, where);
        }
    }

    static void writeNumber(JsonWriter g, Object value, String where) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.number(((Number) value).longValue());
        } else if (value instanceof Double d) {
            g.number(d);
        } else if (value instanceof Float f) {
            g.number(f.doubleValue());
        } else if (value instanceof BigDecimal b) {
            g.number(b);
        } else if (value instanceof BigInteger b) {
            g.number(b);
        } else if (value instanceof Number n) {
            g.numberText(n.toString());
        } else {
            throw ParamShapeErrors.wrongType(where, value, "Number");
        }
    }

    /** A document: JSON-like Java values written as they are. */
    static void writeDocument(JsonWriter g, Object value, String where) {
        if (value == null) {
            g.nullValue();
        } else if (value instanceof Map<?, ?> m) {
            g.startObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.name(String.valueOf(e.getKey()));
                writeDocument(g, e.getValue(), where);
            }
            g.endObject();
        } else if (value instanceof Collection<?> || value instanceof Object[]) {
            g.startArray();
            for (Object item : asCollection(value, where)) {
                writeDocument(g, item, where);
            }
            g.endArray();
        } else if (value instanceof CharSequence cs) {
            g.string(cs.toString());
        } else if (value instanceof Boolean b) {
            g.bool(b);
        } else if (value instanceof Number) {
            if (ScalarEncoder.isSpecialFloat(value)) {
                g.string(ScalarEncoder.specialFloatText(value));
            } else {
                writeNumber(g, value, where);
            }
        } else {
            throw ParamShapeErrors.wrongType(where, value, "String, Number, Boolean, List, Map");
        }
    }

    private static Collection<?> asCollection(Object value, String where) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] a) {
            return java.util.Arrays.asList(a);
        }
        throw ParamShapeErrors.wrongType(where, value, "List");
    }
}
