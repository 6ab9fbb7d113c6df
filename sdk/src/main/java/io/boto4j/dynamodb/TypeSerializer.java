package io.boto4j.dynamodb;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Java values to DynamoDB attribute values, as boto3's {@code TypeSerializer}:
 * <pre>
 * null                                   {"NULL": true}
 * Boolean                                {"BOOL": b}
 * Integer/Long/Short/Byte/BigInteger/
 *   BigDecimal                           {"N": "text"}   (Float and Double are refused: use BigDecimal)
 * String                                 {"S": s}
 * byte[] / ByteBuffer / Binary           {"B": bytes}
 * Set of numbers / strings / binaries    {"NS"|"SS"|"BS": [...]}
 * Map with String keys                   {"M": {...}}
 * List                                   {"L": [...]}
 * </pre>
 * Numbers must fit DynamoDB exactly (38 digits, exponent range) or the call fails rather than round. Stateless
 * and thread-safe.
 */
public final class TypeSerializer {

    /** The attribute value of {@code value}. */
    public Map<String, Object> serialize(Object value) {
        String type = typeOf(value);
        return Map.of(type, switch (type) {
            case "NULL" -> Boolean.TRUE;
            case "BOOL", "S" -> value;
            case "N" -> number(value);
            case "B" -> binary(value);
            case "NS" -> each((Set<?>) value, TypeSerializer::number);
            case "SS" -> each((Set<?>) value, v -> v);
            case "BS" -> each((Set<?>) value, TypeSerializer::binary);
            case "M" -> map((Map<?, ?>) value);
            case "L" -> each((List<?>) value, this::serialize);
            default -> throw new IllegalStateException(type);
        });
    }

    private String typeOf(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean) {
            return "BOOL";
        }
        if (isNumber(value)) {
            return "N";
        }
        if (value instanceof String) {
            return "S";
        }
        if (isBinary(value)) {
            return "B";
        }
        if (value instanceof Set<?> set) {
            if (set.isEmpty()) {
                // boto3 sends {"NS": []} and DynamoDB refuses it; Java has no element type to go on, so say so here
                throw new IllegalArgumentException("Empty sets are not supported: DynamoDB refuses an empty set; "
                        + "leave the attribute out, or REMOVE it in an update expression");
            }
            if (all(set, TypeSerializer::isNumber)) {
                return "NS";
            }
            if (all(set, v -> v instanceof String)) {
                return "SS";
            }
            if (all(set, TypeSerializer::isBinary)) {
                return "BS";
            }
        }
        if (value instanceof Map<?, ?>) {
            return "M";
        }
        if (value instanceof List<?>) {
            return "L";
        }
        throw new IllegalArgumentException("Unsupported type \"" + value.getClass().getName() + "\" for value \""
                + value + "\": use null, Boolean, a whole number or BigDecimal, String, byte[], a Set of numbers, "
                + "strings or binaries, a List, or a Map with String keys");
    }

    private static boolean isNumber(Object value) {
        if (value instanceof Double || value instanceof Float) {
            throw new IllegalArgumentException("Float types are not supported. Use BigDecimal types instead "
                    + "(BigDecimal.valueOf(" + value + ") or new BigDecimal(\"" + value + "\"))");
        }
        return value instanceof Integer || value instanceof Long || value instanceof BigDecimal
                || value instanceof BigInteger || value instanceof Short || value instanceof Byte;
    }

    private static boolean isBinary(Object value) {
        return value instanceof byte[] || value instanceof Binary || value instanceof ByteBuffer;
    }

    private static boolean all(Set<?> set, Predicate<Object> test) {
        for (Object v : set) {
            if (!test.test(v)) {
                return false;
            }
        }
        return true;
    }

    private static String number(Object value) {
        return DynamoNumbers.format(DynamoNumbers.toBigDecimal(value));
    }

    private static byte[] binary(Object value) {
        if (value instanceof Binary b) {
            return b.bytes();
        }
        if (value instanceof ByteBuffer bb) {
            ByteBuffer copy = bb.duplicate();
            byte[] out = new byte[copy.remaining()];
            copy.get(out);
            return out;
        }
        return (byte[]) value;
    }

    private Map<String, Object> map(Map<?, ?> value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : value.entrySet()) {
            if (!(e.getKey() instanceof String k)) {
                throw new IllegalArgumentException("Map attribute keys must be Strings, got "
                        + (e.getKey() == null ? "null" : e.getKey().getClass().getName() + " " + e.getKey()));
            }
            out.put(k, serialize(e.getValue()));
        }
        return out;
    }

    private static List<Object> each(Collection<?> values, java.util.function.Function<Object, Object> f) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(f.apply(v));
        }
        return out;
    }
}
