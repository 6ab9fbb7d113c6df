package io.boto4j.internal.protocol;

import io.boto4j.model.BlobShape;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StringShape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates valid inputs for an operation from its input shape with a seeded {@link Random}: every required
 * member, about half of the optional ones, enum values from the enum, lengths and numbers inside
 * {@code min}/{@code max}, exactly one member of a union, strings with characters that need encoding where
 * no enum or host label restricts them.
 */
final class InputGenerator {
    private static final double[] FLOATS = {0.5, 1.0, 12.25, 0.1, 3.14159, 1e-5, 2.5e16, 123456.789, 0.0};
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String[] SPICE = {" ", "/", ":", "+", "&", "=", "é", "~", "%", "*", ",", "\""};

    private final Random random;

    InputGenerator(long seed) {
        this.random = new Random(seed);
    }

    Map<String, Object> generate(StructureShape input) {
        return structure(input, 0, true);
    }

    private Map<String, Object> structure(StructureShape shape, int depth, boolean top) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(shape.members().keySet());
        if (shape.isUnion()) {
            String pick = names.get(random.nextInt(names.size()));
            out.put(pick, value(shape.member(pick), depth + 1, pick));
            return out;
        }
        for (String name : names) {
            Shape member = shape.member(name);
            boolean required = shape.required().contains(name) || top && member.isIdempotencyToken();
            if (member.isEventStream() || member instanceof StructureShape s && s.isEventStream()) {
                continue;
            }
            if (required || depth < 3 && random.nextInt(100) < 55) {
                out.put(name, value(member, depth + 1, name));
            }
        }
        return out;
    }

    private Object value(Shape shape, int depth, String name) {
        if (shape instanceof StructureShape s) {
            if (s.isDocument()) {
                return Map.of("k", "v", "n", 3, "list", List.of(true, "x"));
            }
            return structure(s, depth, false);
        }
        if (shape instanceof ListShape l) {
            int min = shape.min() == null ? 0 : shape.min().intValue();
            int n = Math.max(min, depth > 4 ? 0 : random.nextInt(3) + (min > 0 ? 0 : 0));
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(value(l.member(), depth + 1, name));
            }
            return out;
        }
        if (shape instanceof MapShape m) {
            Map<String, Object> out = new LinkedHashMap<>();
            int n = depth > 4 ? 0 : 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                String key = (String) scalar(m.key(), true);
                out.put(key, value(m.value(), depth + 1, name));
            }
            return out;
        }
        return scalar(shape, false);
    }

    private Object scalar(Shape shape, boolean mapKey) {
        if (shape instanceof StringShape s) {
            if (shape.isJsonValue() && "header".equals(shape.location())) {
                return Map.of("a", 1, "b", List.of("x", "y"));
            }
            if (!s.enumValues().isEmpty()) {
                return s.enumValues().get(random.nextInt(s.enumValues().size()));
            }
            return string(shape, !mapKey && !shape.isHostLabel());
        }
        if (shape instanceof BlobShape) {
            byte[] b = new byte[1 + random.nextInt(24)];
            random.nextBytes(b);
            return shape.isStreaming() && random.nextBoolean() ? new String(b, StandardCharsets.ISO_8859_1)
                    .replaceAll("[^a-z]", "x") : b;
        }
        if (shape instanceof TimestampShape) {
            long seconds = 1_500_000_000L + random.nextInt(300_000_000);
            int micros = random.nextBoolean() ? 0 : random.nextInt(1_000_000);
            return Instant.ofEpochSecond(seconds, micros * 1000L);
        }
        ScalarShape s = (ScalarShape) shape;
        if (s.isBoolean()) {
            return random.nextBoolean();
        }
        if (s.isFloatingPoint()) {
            double d = FLOATS[random.nextInt(FLOATS.length)];
            if (shape.min() != null && d < shape.min()) {
                d = shape.min();
            }
            if (shape.max() != null && d > shape.max()) {
                d = shape.max();
            }
            return d;
        }
        long min = shape.min() == null ? 0 : shape.min().longValue();
        long max = shape.max() == null ? min + 1000 : Math.min(shape.max().longValue(), min + 100_000);
        long v = min + (long) (random.nextDouble() * (max - min + 1));
        return "long".equals(shape.type()) ? (Object) v : (Object) (int) Math.min(v, Integer.MAX_VALUE);
    }

    private String string(Shape shape, boolean spicy) {
        int min = shape.min() == null ? 1 : Math.max(1, shape.min().intValue());
        int max = shape.max() == null ? min + 12 : (int) Math.min(shape.max(), min + 12);
        int len = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            if (spicy && i > 0 && random.nextInt(6) == 0) {
                sb.append(SPICE[random.nextInt(SPICE.length)]);
            } else {
                sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
            }
        }
        return sb.length() > len ? sb.substring(0, len) : sb.toString();
    }
}
