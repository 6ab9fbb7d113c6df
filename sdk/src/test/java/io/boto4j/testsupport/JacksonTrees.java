package io.boto4j.testsupport;

import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tests that read with a Jackson mapper of their own (a strict JSON mapper, the CBOR mapper) and hand the result
 * to the SDK: Jackson's tree as the SDK's, node by node, numbers keeping their Java type (a CBOR float32 stays a
 * Float).
 */
public final class JacksonTrees {
    private JacksonTrees() {
    }

    public static JsonNode of(tools.jackson.databind.JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isObject()) {
            ObjectNode o = JsonTrees.object();
            for (Map.Entry<String, tools.jackson.databind.JsonNode> e : n.properties()) {
                o.set(e.getKey(), of(e.getValue()));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = JsonTrees.array();
            for (tools.jackson.databind.JsonNode e : n) {
                a.add(of(e));
            }
            return a;
        }
        if (n.isMissingNode()) {
            return JsonTrees.missing();
        }
        // a scalar as the Java value Jackson holds it as; fromJava keeps the number's type (a float32 stays a Float)
        return JsonTrees.fromJava(n.isNull() ? null : n.isString() ? n.stringValue() : n.isBoolean() ? n.booleanValue()
                : n.isBinary() ? n.binaryValue() : n.numberValue());
    }

    /**
     * Plain Java values, as Jackson's {@code convertValue(value, Object.class)} makes them, of a value that may hold
     * SDK trees anywhere inside maps and lists.
     */
    public static Object plain(Object value) {
        return Json.mapper().convertValue(withoutTrees(value), Object.class);
    }

    private static Object withoutTrees(Object value) {
        if (value instanceof JsonNode n) {
            return JsonTrees.toJava(n);
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(e.getKey(), withoutTrees(e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(withoutTrees(o));
            }
            return out;
        }
        return value;
    }
}
