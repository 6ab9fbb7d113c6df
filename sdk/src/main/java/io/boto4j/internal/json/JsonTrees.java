package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import io.boto4j.internal.json.TokenStream.Token;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * JSON trees ({@link JsonNode}) built from {@link JsonReader}, and the scalar nodes trees are made of. The first
 * call of a short-lived process needs only trees (models, rule sets and configuration data), so it needs neither
 * Jackson's {@code ObjectMapper} (some 500 classes) nor jackson-core's parser (another hundred) nor Jackson's node
 * classes. The trees hold what Jackson 3's {@code readTree} gave with the SDK's mapper settings: decimals as
 * {@code BigDecimal} written as they are, integers in the smallest of int/long/BigInteger, the last of duplicate
 * keys, nothing read after the first value.
 */
public final class JsonTrees {
    private JsonTrees() {
    }

    public static ObjectNode object() {
        return new ObjectNode();
    }

    public static ArrayNode array() {
        return new ArrayNode();
    }

    public static JsonNode string(String s) {
        return s == null ? ValueNode.NULL : ValueNode.string(s);
    }

    public static JsonNode number(int v) {
        return ValueNode.number(v);
    }

    public static JsonNode number(long v) {
        return ValueNode.number(v);
    }

    public static JsonNode number(double v) {
        return ValueNode.number(v);
    }

    public static JsonNode number(float v) {
        return ValueNode.number(v);
    }

    public static JsonNode number(BigInteger v) {
        return v == null ? ValueNode.NULL : ValueNode.number(v);
    }

    public static JsonNode number(BigDecimal v) {
        return v == null ? ValueNode.NULL : ValueNode.number(v);
    }

    public static JsonNode bool(boolean v) {
        return ValueNode.bool(v);
    }

    public static JsonNode binary(byte[] b) {
        return b == null ? ValueNode.NULL : ValueNode.binary(b);
    }

    public static JsonNode nullNode() {
        return ValueNode.NULL;
    }

    /** What {@link JsonNode#path} answers for an absent member. */
    public static JsonNode missing() {
        return ValueNode.MISSING;
    }

    /** The first value of {@code bytes[offset, offset+length)}; the missing node when there is none. */
    public static JsonNode read(byte[] bytes, int offset, int length) throws JacksonException {
        JsonReader p = new JsonReader(bytes, offset, length);
        return p.next() == null ? ValueNode.MISSING : value(p);
    }

    /** The first value of {@code bytes}; the missing node when there is none. */
    public static JsonNode read(byte[] bytes) throws JacksonException {
        return read(bytes, 0, bytes.length);
    }

    /** The first value of {@code text}; the missing node when there is none. */
    public static JsonNode read(String text) throws JacksonException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return read(bytes, 0, bytes.length);
    }

    /** The value at the stream's current token; the stream is left on that value's last token. */
    static JsonNode value(TokenStream p) {
        Token t = p.current();
        if (t == Token.START_OBJECT) {
            ObjectNode o = new ObjectNode();
            while (p.next() == Token.NAME) {
                String name = p.name();
                p.next();
                o.set(name, value(p));
            }
            return o;
        }
        if (t == Token.START_ARRAY) {
            ArrayNode a = new ArrayNode();
            while (p.next() != Token.END_ARRAY) {
                a.add(value(p));
            }
            return a;
        }
        if (t == Token.STRING) {
            return ValueNode.string(p.text());
        }
        if (t == Token.INT) {
            Number n = p.numberValue();
            if (n instanceof Integer i) {
                return ValueNode.number(i.intValue());
            }
            return n instanceof Long l ? ValueNode.number(l.longValue()) : ValueNode.number((BigInteger) n);
        }
        if (t == Token.FLOAT) {
            return ValueNode.number(p.decimalValue());
        }
        if (t == Token.TRUE || t == Token.FALSE) {
            return ValueNode.bool(t == Token.TRUE);
        }
        if (t == Token.NULL) {
            return ValueNode.NULL;
        }
        if (t == Token.BINARY) {
            return ValueNode.binary(p.binaryValue());
        }
        throw new IllegalStateException("Unexpected JSON token " + t + " where a value starts");
    }

    /**
     * A tree as plain Java values: objects as insertion-ordered maps, arrays as lists, numbers as
     * Integer/Long/BigInteger/BigDecimal, JSON null as null.
     */
    public static Object toJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), toJava(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>(n.size());
            for (JsonNode e : n) {
                l.add(toJava(e));
            }
            return l;
        }
        if (n.isString()) {
            return n.stringValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        if (n.isBinary()) {
            return n.binaryValue();
        }
        throw new IllegalArgumentException("No Java value for a JSON " + n.kind());
    }

    /** Plain Java values (maps, iterables, strings, numbers, booleans, null) as a tree. */
    public static JsonNode fromJava(Object v) {
        if (v == null) {
            return ValueNode.NULL;
        }
        if (v instanceof JsonNode n) {
            return n;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = new ObjectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                o.set(String.valueOf(e.getKey()), fromJava(e.getValue()));
            }
            return o;
        }
        if (v instanceof Iterable<?> it) {
            ArrayNode a = new ArrayNode();
            for (Iterator<?> i = it.iterator(); i.hasNext(); ) {
                a.add(fromJava(i.next()));
            }
            return a;
        }
        if (v instanceof CharSequence s) {
            return ValueNode.string(s.toString());
        }
        if (v instanceof Boolean b) {
            return ValueNode.bool(b);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ValueNode.number(((Number) v).intValue());
        }
        if (v instanceof Long l) {
            return ValueNode.number(l.longValue());
        }
        if (v instanceof BigInteger b) {
            return ValueNode.number(b);
        }
        if (v instanceof BigDecimal d) {
            return ValueNode.number(d);
        }
        if (v instanceof Double d) {
            return ValueNode.number(d.doubleValue());
        }
        if (v instanceof Float f) {
            return ValueNode.number(f.floatValue());
        }
        if (v instanceof byte[] b) {
            return ValueNode.binary(b);
        }
        throw new IllegalArgumentException("No JSON tree for a " + v.getClass().getName()
                + "; give maps, lists, strings, numbers, booleans or null");
    }
}
