package io.boto4j.dynamodb;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB attribute values to Java values, as boto3's {@code TypeDeserializer}: {@code N} becomes a
 * {@link java.math.BigDecimal} (exact, never a double), {@code B} a {@code byte[]}, {@code NS}/{@code SS}/
 * {@code BS} a {@link Set} of BigDecimal/String/{@link Binary}, {@code L} a List, {@code M} a Map (both in wire
 * order), {@code NULL} null. Stateless and thread-safe.
 */
public final class TypeDeserializer {

    public Object deserialize(Object attributeValue) {
        if (!(attributeValue instanceof Map<?, ?> value) || value.isEmpty()) {
            throw new IllegalArgumentException("Value must be a nonempty map whose key is a valid DynamoDB type "
                    + "(S, N, B, SS, NS, BS, M, L, NULL, BOOL), got " + attributeValue);
        }
        Map.Entry<?, ?> e = value.entrySet().iterator().next();
        Object v = e.getValue();
        return switch (String.valueOf(e.getKey())) {
            case "NULL" -> null;
            case "BOOL", "S" -> v;
            case "N" -> DynamoNumbers.parse((String) v);
            case "B" -> bytes(v);
            case "NS" -> set(v, x -> DynamoNumbers.parse((String) x));
            case "SS" -> set(v, x -> x);
            case "BS" -> set(v, x -> new Binary(bytes(x)));
            case "L" -> list((List<?>) v);
            case "M" -> map((Map<?, ?>) v);
            default -> throw new IllegalArgumentException("Dynamodb type " + e.getKey() + " is not supported");
        };
    }

    private static byte[] bytes(Object v) {
        if (v instanceof byte[] b) {
            return b;
        }
        if (v instanceof ByteBuffer bb) {
            byte[] out = new byte[bb.remaining()];
            bb.duplicate().get(out);
            return out;
        }
        if (v instanceof String s) {
            return Base64.getDecoder().decode(s);
        }
        throw new IllegalArgumentException("not binary data: " + v);
    }

    private static Set<Object> set(Object v, java.util.function.Function<Object, Object> f) {
        Set<Object> out = new LinkedHashSet<>();
        for (Object x : (List<?>) v) {
            out.add(f.apply(x));
        }
        return out;
    }

    private List<Object> list(List<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object x : values) {
            out.add(deserialize(x));
        }
        return out;
    }

    private Map<String, Object> map(Map<?, ?> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> x : values.entrySet()) {
            out.put((String) x.getKey(), deserialize(x.getValue()));
        }
        return out;
    }
}
