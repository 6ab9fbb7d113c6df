package io.boto4j.internal.protocol.restxml;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes parameters as XML following the shapes ({@code rest-xml} bodies): element names from
 * {@code locationName}, {@code xmlAttribute} members as attributes, {@code xmlNamespace} declarations,
 * lists wrapped in {@code member} elements unless {@code flattened}, maps as {@code entry/key/value}.
 */
public final class XmlBodyWriter {
    private final StringBuilder out = new StringBuilder(256);
    /** Where the last start tag ended: an element closed there is empty. */
    private int startTagEnd = -1;
    private final Map<StructureShape, Map<String, String>> elementNames;

    /**
     * @param elementNames a cache of each structure's member element names, shared by the writers of one
     *                     serializer so the model is read once per structure
     */
    public XmlBodyWriter(Map<StructureShape, Map<String, String>> elementNames) {
        this.elementNames = elementNames;
    }

    /** The value of {@code shape} as one element named {@code rootName}, UTF-8. */
    public byte[] write(Object value, Shape shape, String rootName) {
        out.setLength(0);
        write(value, shape, rootName, rootName);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The given members of a structure (the body members of an input) as one element named {@code rootName}. */
    public byte[] writeMembers(Map<String, Object> members, StructureShape shape, String rootName) {
        out.setLength(0);
        writeStructure(members, shape, rootName, rootName);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A member's element name: the {@code locationName} on the member reference, else the member's name. A
     * {@code locationName} on the target shape itself names the shape where it is a root, not as a member.
     */
    private String elementName(StructureShape shape, String key) {
        Map<String, String> names = elementNames.get(shape);
        if (names == null) {
            Map<String, String> computed = new HashMap<>();
            JsonNode refs = ModelTrees.traits(shape).get("members");
            if (refs != null) {
                refs.properties().iterator().forEachRemaining(e -> {
                    JsonNode n = e.getValue().get("locationName");
                    computed.put(e.getKey(), n != null && n.isString() ? n.asString() : e.getKey());
                });
            }
            names = Map.copyOf(computed);
            elementNames.put(shape, names);
        }
        String name = names.get(key);
        return name != null ? name : key;
    }

    private void write(Object value, Shape shape, String name, String where) {
        if (shape instanceof StructureShape s) {
            if (!(value instanceof Map<?, ?> m)) {
                throw ParamShapeErrors.wrongType(where, value, "Map");
            }
            writeStructure(m, s, name, where);
        } else if (shape instanceof ListShape l) {
            writeList(value, l, name, where);
        } else if (shape instanceof MapShape m) {
            writeMap(value, m, name, where);
        } else {
            open(name, shape);
            endStartTag();
            escapeText(scalarText(value, shape));
            close(name);
        }
    }

    private static String scalarText(Object value, Shape shape) {
        if (shape instanceof BlobShape) {
            return ScalarEncoder.base64(value);
        }
        if (shape instanceof TimestampShape) {
            String format = shape.timestampFormat();
            return TimestampFormats.format(TimestampFormats.toInstant(value),
                    format == null ? TimestampFormats.ISO8601 : format);
        }
        if (shape instanceof ScalarShape s) {
            if (s.isBoolean()) {
                return ScalarEncoder.booleanText(value);
            }
            if (s.isFloatingPoint()) {
                return ScalarEncoder.floatText(value);
            }
        }
        return value.toString();
    }

    private void open(String name, Shape shape) {
        out.append('<').append(name);
        namespace(shape);
    }

    private void namespace(Shape shape) {
        String uri = shape.xmlNamespaceUri();
        if (uri != null) {
            String prefix = shape.xmlNamespacePrefix();
            out.append(" xmlns");
            if (prefix != null && !prefix.isEmpty()) {
                out.append(':').append(prefix);
            }
            out.append("=\"");
            escapeAttribute(uri);
            out.append('"');
        }
    }

    /** Ends a start tag; an element closed right after it is written {@code <X />}, as botocore's ElementTree does. */
    private void endStartTag() {
        out.append('>');
        startTagEnd = out.length();
    }

    private void close(String name) {
        if (out.length() == startTagEnd) {
            out.setLength(out.length() - 1);
            out.append(" />");
            return;
        }
        out.append("</").append(name).append('>');
    }

    private void writeStructure(Map<?, ?> params, StructureShape shape, String name, String where) {
        open(name, shape);
        // attributes first: they belong in the start tag, wherever the caller put them in the map
        for (Map.Entry<?, ?> e : params.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String key = String.valueOf(e.getKey());
            Shape member = shape.member(key);
            if (member == null) {
                throw ParamShapeErrors.unknownMember(shape, key, where);
            }
            if (member.isXmlAttribute()) {
                out.append(' ').append(member.locationName() != null ? member.locationName() : key).append("=\"");
                escapeAttribute(scalarText(e.getValue(), member));
                out.append('"');
            }
        }
        endStartTag();
        for (Map.Entry<?, ?> e : params.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String key = String.valueOf(e.getKey());
            Shape member = shape.member(key);
            if (!member.isXmlAttribute()) {
                write(e.getValue(), member, elementName(shape, key), where + "." + key);
            }
        }
        close(name);
    }

    private void writeList(Object value, ListShape shape, String name, String where) {
        Collection<?> items = value instanceof Collection<?> c ? c
                : value instanceof Object[] a ? Arrays.asList(a) : null;
        if (items == null) {
            throw ParamShapeErrors.wrongType(where, value, "List");
        }
        Shape member = shape.member();
        if (shape.isFlattened()) {
            for (Object item : items) {
                if (item != null) {
                    write(item, member, name, where);
                }
            }
            return;
        }
        String itemName = member.locationName() != null ? member.locationName() : "member";
        open(name, shape);
        endStartTag();
        for (Object item : items) {
            if (item != null) {
                write(item, member, itemName, where);
            }
        }
        close(name);
    }

    private void writeMap(Object value, MapShape shape, String name, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw ParamShapeErrors.wrongType(where, value, "Map");
        }
        Shape keyShape = shape.key();
        Shape valueShape = shape.value();
        String keyName = keyShape.locationName() != null ? keyShape.locationName() : "key";
        String valueName = valueShape.locationName() != null ? valueShape.locationName() : "value";
        boolean flat = shape.isFlattened();
        if (!flat) {
            open(name, shape);
            endStartTag();
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String entryName = flat ? name : "entry";
            out.append('<').append(entryName);
            endStartTag();
            write(e.getKey(), keyShape, keyName, where);
            if (e.getValue() != null) {
                write(e.getValue(), valueShape, valueName, where + "." + e.getKey());
            }
            close(entryName);
        }
        if (!flat) {
            close(name);
        }
    }

    private void escapeText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#xD;");
                default -> out.append(c);
            }
        }
    }

    private void escapeAttribute(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#09;");
                default -> out.append(c);
            }
        }
    }
}
