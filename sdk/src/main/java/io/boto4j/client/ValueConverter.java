package io.boto4j.client;

import io.boto4j.http.StreamingBody;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one result value (as the parsers make them: String, Integer/Long, Double/Float, BigDecimal, Boolean,
 * Instant, byte[], StreamingBody, List, Map) into a Java type. Converters are built once per declared type
 * (a record component, a setter parameter) and kept in that type's {@link ObjectBinding}, so converting does no
 * reflection on types; a value of the wrong kind throws {@link ConversionMismatch}. Never called with null.
 */
@FunctionalInterface
interface ValueConverter {
    Object convert(Object value);

    ValueConverter IDENTITY = v -> v;

    /** The converter for a declared Java type. */
    static ValueConverter of(Type type) {
        if (type instanceof Class<?> c) {
            return ofClass(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
                return list(of(args[0]));
            }
            if (raw == Set.class) {
                ValueConverter element = of(args[0]);
                ValueConverter asList = list(element);
                return v -> new LinkedHashSet<>((List<?>) asList.convert(v));
            }
            if (raw == Map.class) {
                Type key = args[0] instanceof WildcardType w ? w.getUpperBounds()[0] : args[0];
                if (key != String.class && key != Object.class) {
                    throw new IllegalArgumentException("Cannot convert results to " + type.getTypeName()
                            + ": result maps have String keys");
                }
                return map(of(args[1]));
            }
            return ofClass(raw);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return of(v.getBounds()[0]);
        }
        if (type instanceof GenericArrayType g) {
            Type component = g.getGenericComponentType();
            Class<?> raw = component instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
            return array(raw, of(component));
        }
        throw new IllegalArgumentException("Cannot convert results to " + type.getTypeName());
    }

    private static ValueConverter ofClass(Class<?> c) {
        if (c == Object.class) {
            return IDENTITY;
        }
        if (c == String.class) {
            return instance(String.class, "String");
        }
        if (c == Integer.class || c == int.class) {
            return v -> (int) integral(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer");
        }
        if (c == Long.class || c == long.class) {
            return v -> integral(v, Long.MIN_VALUE, Long.MAX_VALUE, "Long");
        }
        if (c == Short.class || c == short.class) {
            return v -> (short) integral(v, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
        }
        if (c == Double.class || c == double.class) {
            return v -> number(v, "Double").doubleValue();
        }
        if (c == Float.class || c == float.class) {
            return v -> number(v, "Float").floatValue();
        }
        if (c == BigDecimal.class) {
            return v -> v instanceof BigDecimal d ? d : new BigDecimal(number(v, "BigDecimal").toString());
        }
        if (c == BigInteger.class) {
            return v -> v instanceof BigInteger i ? i : BigInteger.valueOf(integral(v, Long.MIN_VALUE,
                    Long.MAX_VALUE, "BigInteger"));
        }
        if (c == Number.class) {
            return v -> number(v, "Number");
        }
        if (c == Boolean.class || c == boolean.class) {
            return instance(Boolean.class, "Boolean");
        }
        if (c == Instant.class) {
            return instance(Instant.class, "Instant");
        }
        if (c == OffsetDateTime.class) {
            ValueConverter instant = instance(Instant.class, "OffsetDateTime");
            return v -> ((Instant) instant.convert(v)).atOffset(ZoneOffset.UTC);
        }
        if (c == ZonedDateTime.class) {
            ValueConverter instant = instance(Instant.class, "ZonedDateTime");
            return v -> ((Instant) instant.convert(v)).atZone(ZoneOffset.UTC);
        }
        if (c == byte[].class) {
            return instance(byte[].class, "byte[]");
        }
        if (c == ByteBuffer.class) {
            return v -> ByteBuffer.wrap((byte[]) instance(byte[].class, "ByteBuffer").convert(v)).asReadOnlyBuffer();
        }
        if (c == StreamingBody.class || c == java.io.InputStream.class) {
            return instance(StreamingBody.class, c.getSimpleName());
        }
        if (c == Result.class) {
            return v -> Result.of(asMap(v, "Result"));
        }
        if (c == Map.class) {
            return v -> asMap(v, "Map");
        }
        if (c == List.class || c == Collection.class || c == Iterable.class) {
            return instance(List.class, "List");
        }
        if (c.isEnum()) {
            return enumConstant(c);
        }
        if (c.isArray()) {
            return array(c.getComponentType(), of(c.getComponentType()));
        }
        if (ObjectBinding.isBindable(c)) {
            // looked up when used, not now: a record may contain itself (a tree of folders)
            return v -> ObjectBinding.of(c).fromMap(asMap(v, c.getSimpleName()));
        }
        return instance(c, c.getSimpleName());
    }

    private static ValueConverter instance(Class<?> type, String name) {
        return v -> {
            if (type.isInstance(v)) {
                return v;
            }
            throw new ConversionMismatch(name, v);
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object v, String expected) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new ConversionMismatch(expected, v);
    }

    private static Number number(Object v, String expected) {
        if (v instanceof Number n) {
            return n;
        }
        throw new ConversionMismatch(expected, v);
    }

    /**
     * An integral number within [min, max], whatever its boxed type (a double only when it is whole); fractions
     * and overflow do not pass.
     */
    private static long integral(Object v, long min, long max, String expected) {
        long value;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            value = ((Number) v).longValue();
        } else if (v instanceof BigInteger b && b.bitLength() < 64) {
            value = b.longValue();
        } else if ((v instanceof Double || v instanceof Float) && isWhole(((Number) v).doubleValue())) {
            value = (long) ((Number) v).doubleValue(); // JMESPath's sum() and friends answer in doubles
        } else if (v instanceof BigDecimal d) {
            try {
                value = d.longValueExact();
            } catch (ArithmeticException e) {
                throw new ConversionMismatch(expected, v);
            }
        } else {
            throw new ConversionMismatch(expected, v);
        }
        if (value < min || value > max) {
            throw new ConversionMismatch(expected + " (the value is out of range)", v);
        }
        return value;
    }

    private static boolean isWhole(double d) {
        return d == Math.rint(d) && Math.abs(d) < 0x1p63;
    }

    private static ValueConverter list(ValueConverter element) {
        return v -> {
            // a Set is a collection too: DynamoDB's deserialized SS/NS/BS values read into List or Set components
            if (v instanceof Set<?> set) {
                v = new ArrayList<>(set);
            }
            if (!(v instanceof List<?> in)) {
                throw new ConversionMismatch("List", v);
            }
            if (element == IDENTITY) {
                return in;
            }
            List<Object> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                Object item = in.get(i);
                try {
                    out.add(item == null ? null : element.convert(item));
                } catch (ConversionMismatch e) {
                    throw e.atIndex(i);
                }
            }
            return out;
        };
    }

    private static ValueConverter map(ValueConverter value) {
        return v -> {
            Map<String, Object> in = asMap(v, "Map");
            if (value == IDENTITY) {
                return in;
            }
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, in.size() * 2));
            for (Map.Entry<String, Object> e : in.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue() == null ? null : value.convert(e.getValue()));
                } catch (ConversionMismatch m) {
                    throw m.inKey(e.getKey());
                }
            }
            return out;
        };
    }

    private static ValueConverter array(Class<?> componentType, ValueConverter element) {
        ValueConverter asList = list(element);
        return v -> {
            List<?> items = (List<?>) asList.convert(v);
            Object array = Array.newInstance(componentType, items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, items.get(i));
            }
            return array;
        };
    }

    /**
     * Model enums are strings ({@code STANDARD_IA}, {@code ap-south-1}, {@code Enabled}); a Java enum constant
     * matches by name, case aside and with '-' read as '_'.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueConverter enumConstant(Class<?> type) {
        Map<String, Object> byName = new java.util.HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            byName.putIfAbsent(name, constant);
            byName.putIfAbsent(MemberNames.folded(name), constant);
        }
        String expected = type.getSimpleName();
        return v -> {
            if (type.isInstance(v)) {
                return v;
            }
            if (!(v instanceof String s)) {
                throw new ConversionMismatch(expected, v);
            }
            Object constant = byName.get(s);
            if (constant == null) {
                constant = byName.get(MemberNames.folded(s.replace('-', '_')));
            }
            if (constant == null) {
                throw new ConversionMismatch(expected + " (no constant matches the value)", v);
            }
            return constant;
        };
    }
}
