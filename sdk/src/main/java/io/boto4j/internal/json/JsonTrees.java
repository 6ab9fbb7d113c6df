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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON trees built from {@link JsonReader} and Jackson's node factory alone. Building Jackson's {@code ObjectMapper}
 * costs a cold JVM about 400 ms (it loads some 500 classes), and jackson-core's factory and parser another
 * hundred classes; the first call of a short-lived process needs only trees: models, rule sets and configuration
 * data. The trees equal what {@link Json#mapper()}'s
 * {@code readTree} gives: decimals as {@code BigDecimal} written as they are, integers in the smallest of
 * int/long/BigInteger, the last of duplicate keys, nothing read after the first value.
 */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The first value of {@code bytes[offset, offset+length)}; the missing node when there is none. */
    public static JsonNode read(byte[] bytes, int offset, int length) throws JacksonException {
        JsonReader p = new JsonReader(bytes, offset, length);
        return p.next() == null ? NODES.missingNode() : value(p);
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
            ObjectNode o = NODES.objectNode();
            while (p.next() == Token.NAME) {
                String name = p.name();
                p.next();
                o.replace(name, value(p));
            }
            return o;
        }
        if (t == Token.START_ARRAY) {
            ArrayNode a = NODES.arrayNode();
            while (p.next() != Token.END_ARRAY) {
                a.add(value(p));
            }
            return a;
        }
        if (t == Token.STRING) {
            return NODES.stringNode(p.text());
        }
        if (t == Token.INT) {
            Number n = p.numberValue();
            if (n instanceof Integer i) {
                return NODES.numberNode(i.intValue());
            }
            return n instanceof Long l ? NODES.numberNode(l.longValue()) : NODES.numberNode((BigInteger) n);
        }
        if (t == Token.FLOAT) {
            return NODES.numberNode(p.decimalValue());
        }
        if (t == Token.TRUE || t == Token.FALSE) {
            return NODES.booleanNode(t == Token.TRUE);
        }
        if (t == Token.NULL) {
            return NODES.nullNode();
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
        throw new IllegalArgumentException("No Java value for JSON node of type " + n.getNodeType());
    }

    /** Plain Java values (maps, iterables, strings, numbers, booleans, null) as a tree. */
    public static JsonNode fromJava(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof JsonNode n) {
            return n;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                o.replace(String.valueOf(e.getKey()), fromJava(e.getValue()));
            }
            return o;
        }
        if (v instanceof Iterable<?> it) {
            ArrayNode a = NODES.arrayNode();
            for (Iterator<?> i = it.iterator(); i.hasNext(); ) {
                a.add(fromJava(i.next()));
            }
            return a;
        }
        if (v instanceof CharSequence s) {
            return NODES.stringNode(s.toString());
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return NODES.numberNode(((Number) v).intValue());
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (v instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (v instanceof byte[] b) {
            return NODES.binaryNode(b);
        }
        throw new IllegalArgumentException("No JSON tree for a " + v.getClass().getName()
                + "; give maps, lists, strings, numbers, booleans or null");
    }
}
