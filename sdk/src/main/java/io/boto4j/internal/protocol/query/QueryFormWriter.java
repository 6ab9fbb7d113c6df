package io.boto4j.internal.protocol.query;

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
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Flattens parameters into the dotted key/value pairs of the query and ec2 protocols
 * ({@code Attribute.1.Name=x}, {@code Tags.member.1.Key=k}, {@code Filter.1.Value.1=v}). The two protocols
 * differ only in member names and list flattening, which {@link #ec2} switches.
 */
public final class QueryFormWriter {
    private final boolean ec2;

    private QueryFormWriter(boolean ec2) {
        this.ec2 = ec2;
    }

    /** The awsQuery rules: locationName as given, lists under {@code member}, maps under {@code entry}. */
    public static QueryFormWriter query() {
        return new QueryFormWriter(false);
    }

    /** The ec2 rules: queryName, else a capitalized locationName; every list flattened; empty lists omitted. */
    public static QueryFormWriter ec2() {
        return new QueryFormWriter(true);
    }

    /** Appends the pairs of a structure's members to {@code out}. */
    public void writeStructure(List<Map.Entry<String, String>> out, Map<?, ?> params, StructureShape shape,
                               String prefix) {
        for (Map.Entry<?, ?> e : params.entrySet()) {
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            String key = String.valueOf(e.getKey());
            Shape member = shape.member(key);
            if (member == null) {
                throw ParamShapeErrors.unknownMember(shape, key, prefix);
            }
            String name = memberName(member, key);
            if (!ec2 && member instanceof ListShape l && l.isFlattened() && member.locationName() == null
                    && l.member().locationName() != null) {
                // a flattened list without a name of its own repeats under its member's name
                name = l.member().locationName();
            }
            write(out, value, member, prefix.isEmpty() ? name : prefix + "." + name);
        }
    }

    private String memberName(Shape member, String key) {
        if (ec2) {
            if (member.queryName() != null) {
                return member.queryName();
            }
            String name = member.locationName();
            return capitalize(name != null && !name.isEmpty() ? name : key);
        }
        String name = member.locationName();
        return name != null ? name : key;
    }

    private static String capitalize(String name) {
        char first = name.charAt(0);
        return Character.isUpperCase(first) ? name : Character.toUpperCase(first) + name.substring(1);
    }

    private void write(List<Map.Entry<String, String>> out, Object value, Shape shape, String prefix) {
        if (shape instanceof StructureShape s) {
            if (!(value instanceof Map<?, ?> m)) {
                throw ParamShapeErrors.wrongType(prefix, value, "Map");
            }
            writeStructure(out, m, s, prefix);
        } else if (shape instanceof ListShape l) {
            writeList(out, value, l, prefix);
        } else if (shape instanceof MapShape m) {
            writeMap(out, value, m, prefix);
        } else if (shape instanceof BlobShape) {
            out.add(Map.entry(prefix, ScalarEncoder.base64(value)));
        } else if (shape instanceof TimestampShape) {
            String format = shape.timestampFormat();
            out.add(Map.entry(prefix, TimestampFormats.format(TimestampFormats.toInstant(value),
                    format == null ? TimestampFormats.ISO8601 : format)));
        } else if (shape instanceof ScalarShape s && s.isBoolean()) {
            out.add(Map.entry(prefix, ScalarEncoder.booleanText(value)));
        } else if (shape instanceof ScalarShape s && s.isFloatingPoint()) {
            out.add(Map.entry(prefix, ScalarEncoder.floatText(value)));
        } else {
            out.add(Map.entry(prefix, value.toString()));
        }
    }

    private void writeList(List<Map.Entry<String, String>> out, Object value, ListShape shape, String prefix) {
        Collection<?> items = asCollection(value, prefix);
        Shape member = shape.member();
        String itemPrefix;
        if (ec2) {
            itemPrefix = prefix;
        } else {
            if (items.isEmpty()) {
                // awsQuery says "this list is empty" with a bare key
                out.add(Map.entry(prefix, ""));
                return;
            }
            if (shape.isFlattened()) {
                itemPrefix = prefix;
            } else {
                String memberName = member.locationName();
                itemPrefix = prefix + "." + (memberName != null ? memberName : "member");
            }
        }
        int i = 1;
        for (Object item : items) {
            write(out, item, member, itemPrefix + "." + i++);
        }
    }

    private void writeMap(List<Map.Entry<String, String>> out, Object value, MapShape shape, String prefix) {
        if (!(value instanceof Map<?, ?> map)) {
            throw ParamShapeErrors.wrongType(prefix, value, "Map");
        }
        String base = shape.isFlattened() ? prefix : prefix + ".entry";
        Shape keyShape = shape.key();
        Shape valueShape = shape.value();
        String keyName = keyShape.locationName() != null ? keyShape.locationName() : "key";
        String valueName = valueShape.locationName() != null ? valueShape.locationName() : "value";
        int i = 1;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String entryPrefix = base + "." + i++ + ".";
            write(out, e.getKey(), keyShape, entryPrefix + keyName);
            if (e.getValue() != null) {
                write(out, e.getValue(), valueShape, entryPrefix + valueName);
            }
        }
    }

    static Collection<?> asCollection(Object value, String where) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] a) {
            return List.of(a);
        }
        throw ParamShapeErrors.wrongType(where, value, "List");
    }
}
