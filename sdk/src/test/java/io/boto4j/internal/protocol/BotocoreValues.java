package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.http.StreamingBody;
import io.boto4j.internal.protocol.eventstream.EventStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The test-side comparison layer: turns boto4j results into the representation botocore's corpora write
 * (timestamps as epoch seconds, blobs as UTF-8 text, special floats as strings, numbers by value) and compares
 * them with expected JSON, reporting the path of the first difference.
 */
final class BotocoreValues {
    private BotocoreValues() {
    }

    /** A boto4j value in the corpus's representation; streams are read (and closed). */
    static Object normalize(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Instant i) {
            return new BigDecimal(i.getEpochSecond()).add(BigDecimal.valueOf(i.getNano(), 9)).stripTrailingZeros();
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        if (v instanceof StreamingBody s) {
            try (s) {
                return new String(s.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (v instanceof EventStream es) {
            List<Object> events = new ArrayList<>();
            try (es) {
                for (Map<String, Object> e : es) {
                    events.add(normalize(e));
                }
            }
            return events;
        }
        if (v instanceof Double d) {
            return special(d) != null ? special(d) : new BigDecimal(Double.toString(d)).stripTrailingZeros();
        }
        if (v instanceof Float f) {
            return special(f) != null ? special(f) : new Float32(new BigDecimal(Float.toString(f)).stripTrailingZeros());
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short || v instanceof Byte) {
            return new BigDecimal(v.toString());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), normalize(val)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(normalize(x)));
            return out;
        }
        return v.toString();
    }

    private static String special(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return null;
    }

    /** Expected JSON in the same representation. */
    static Object fromJson(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), fromJson(e.getValue()));
            }
            return out;
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            n.forEach(x -> out.add(fromJson(x)));
            return out;
        }
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asString();
    }

    /** Null when equal, else the path and both values of the first difference. */
    static String diff(String path, Object expected, Object actual) {
        if (expected instanceof BigDecimal e && actual instanceof BigDecimal a) {
            // integers, longs, doubles and epoch timestamps compare exactly
            return e.compareTo(a) == 0 ? null : path + ": expected " + e + " but was " + a;
        }
        if (expected instanceof BigDecimal e && actual instanceof Float32 a) {
            // a float shape's value went through float32, which cannot hold every digit the corpus wrote
            return e.compareTo(a.value()) == 0 || (float) e.doubleValue() == a.value().floatValue() ? null
                    : path + ": expected " + e + " but was float32 " + a.value();
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!e.keySet().equals(a.keySet())) {
                return path + ": expected keys " + e.keySet() + " but were " + a.keySet();
            }
            for (Object k : e.keySet()) {
                String d = diff(path + "." + k, e.get(k), a.get(k));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return path + ": expected " + e.size() + " items but were " + a.size() + " " + a;
            }
            for (int i = 0; i < e.size(); i++) {
                String d = diff(path + "[" + i + "]", e.get(i), a.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return Objects.equals(expected, actual) ? null
                : path + ": expected " + describe(expected) + " but was " + describe(actual);
    }

    /** A value read for a {@code float} shape (float32): the only numbers compared at float precision. */
    record Float32(BigDecimal value) {
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /** A problem description cut to a readable length for test logs. */
    static String abbreviate(String s) {
        return s == null || s.length() <= 240 ? s : s.substring(0, 240) + "...";
    }

    private static String describe(Object o) {
        return o == null ? "null" : o + " (" + o.getClass().getSimpleName() + ")";
    }
}
