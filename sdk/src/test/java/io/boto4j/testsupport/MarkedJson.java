package io.boto4j.testsupport;

import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON that carries the two non-JSON result values across to the python oracle and back: {@code {"$b64": "..."}}
 * is a blob ({@code byte[]} / {@code bytes}), {@code {"$ts": "2020-01-01T00:00:00Z"}} a timestamp
 * ({@code Instant} / {@code datetime}). {@link #PYTHON} holds the same conversions for oracle scripts.
 */
public final class MarkedJson {
    /** Python helpers: {@code unmark(obj)} to python values, {@code mark(obj)} back, {@code dumps(obj)}. */
    public static final String PYTHON = """
            import base64, datetime, json
            def unmark(o):
                if isinstance(o, dict):
                    if len(o) == 1 and '$b64' in o:
                        return base64.b64decode(o['$b64'])
                    if len(o) == 1 and '$ts' in o:
                        return datetime.datetime.fromisoformat(o['$ts'].replace('Z', '+00:00'))
                    return {k: unmark(v) for k, v in o.items()}
                if isinstance(o, list):
                    return [unmark(v) for v in o]
                return o
            def mark(o):
                if isinstance(o, bytes):
                    return {'$b64': base64.b64encode(o).decode()}
                if isinstance(o, datetime.datetime):
                    return {'$ts': o.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}
                if isinstance(o, dict):
                    return {k: mark(v) for k, v in o.items()}
                if isinstance(o, (list, tuple)):
                    return [mark(v) for v in o]
                return o
            def dumps(o):
                return json.dumps(mark(o))
            """;

    private MarkedJson() {
    }

    public static JsonNode parse(String json) {
        try {
            return JsonTrees.read(json);
        } catch (JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }

    /** Plain Java values (ordered maps, lists, numbers, byte[], Instant) from marked JSON. */
    public static Object toValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            if (node.size() == 1 && node.has("$b64")) {
                return Base64.getDecoder().decode(node.get("$b64").asString());
            }
            if (node.size() == 1 && node.has("$ts")) {
                return Instant.parse(node.get("$ts").asString());
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), toValue(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> out.add(toValue(n)));
            return out;
        }
        return JsonTrees.toJava(node);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(JsonNode node) {
        return (Map<String, Object>) toValue(node);
    }

    /** Marked JSON of a Java value, numbers normalised so that 1, 1L and 1.0 read alike. */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return JsonTrees.nullNode();
        }
        if (value instanceof byte[] b) {
            return JsonTrees.object().put("$b64", Base64.getEncoder().encodeToString(b));
        }
        if (value instanceof Instant i) {
            return JsonTrees.object().put("$ts", i.toString());
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = JsonTrees.object();
            m.forEach((k, v) -> o.set(String.valueOf(k), toJson(v)));
            return o;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode a = JsonTrees.array();
            c.forEach(v -> a.add(toJson(v)));
            return a;
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Boolean b) {
            return JsonTrees.bool(b);
        }
        return JsonTrees.string(value.toString());
    }

    /** {@link #toJson} over a tree read from python, so both sides compare with the same number types. */
    public static JsonNode normalise(JsonNode node) {
        return toJson(toValue(node));
    }

    private static JsonNode number(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : n instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(n.toString());
        d = d.stripTrailingZeros();
        if (d.scale() <= 0) {
            return JsonTrees.number(d.toBigIntegerExact());
        }
        return JsonTrees.number(d);
    }
}
