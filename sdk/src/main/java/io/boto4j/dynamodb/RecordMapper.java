package io.boto4j.dynamodb;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java records to items and back, for users who prefer types to maps. A record component becomes an attribute
 * of the same name: numbers, strings, booleans, {@code byte[]}, enums (by name), nested records (as maps),
 * {@code List}/{@code Set}/{@code Map<String, ?>} of those. Reading converts DynamoDB's {@code BigDecimal}
 * to the component's number type exactly, failing rather than truncating. {@code double}/{@code float}
 * components are refused as boto3 refuses floats: declare them {@code BigDecimal}.
 */
public final class RecordMapper {
    private RecordMapper() {
    }

    /** The item of a record: component name to plain Java value, nulls left out. */
    public static Map<String, Object> toItem(Record record) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot read " + record.getClass().getSimpleName() + "."
                        + c.getName() + ": make the record public", e);
            }
            if (v != null) {
                item.put(c.getName(), plain(v, record.getClass().getSimpleName() + "." + c.getName()));
            }
        }
        return item;
    }

    private static Object plain(Object v, String where) {
        if (v instanceof Record r) {
            return toItem(r);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Double || v instanceof Float) {
            throw new IllegalArgumentException(where + " is a " + v.getClass().getSimpleName()
                    + ": DynamoDB numbers are exact, declare the component as BigDecimal");
        }
        if (v instanceof Set<?> s) {
            Set<Object> out = new LinkedHashSet<>();
            s.forEach(x -> out.add(plain(x, where)));
            return out;
        }
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(plain(x, where)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, plain(x, where)));
            return out;
        }
        return v;
    }

    /** The record of an item, or null for a null item. Missing attributes become null (zero for primitives). */
    public static <T> T fromItem(Map<String, Object> item, Class<T> type) {
        if (item == null) {
            return null;
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record: map items to records, or read "
                    + "the item as a Map");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            args[i] = convert(item.get(c.getName()), c.getGenericType(), type.getSimpleName() + "." + c.getName());
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build " + type.getName() + " from an item: " + e, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object v, Type target, String where) {
        Class<?> raw = rawClass(target);
        if (v == null) {
            if (raw.isPrimitive()) {
                return raw == boolean.class ? Boolean.FALSE : convert(BigDecimal.ZERO, raw, where);
            }
            return null;
        }
        if (raw.isRecord() && v instanceof Map<?, ?> m) {
            return fromItem((Map<String, Object>) m, raw);
        }
        if (raw.isEnum() && v instanceof String s) {
            return Enum.valueOf((Class) raw, s);
        }
        if (v instanceof BigDecimal d) {
            return number(d, raw, where);
        }
        if (raw == byte[].class && v instanceof Binary b) {
            return b.bytes();
        }
        if (raw == ByteBuffer.class && v instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        Type element = typeArgument(target, 0);
        if (Set.class.isAssignableFrom(raw) && v instanceof Collection<?> c) {
            Set<Object> out = new LinkedHashSet<>();
            c.forEach(x -> out.add(convert(x, element, where)));
            return out;
        }
        if (Collection.class.isAssignableFrom(raw) && v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            c.forEach(x -> out.add(convert(x, element, where)));
            return out;
        }
        if (Map.class.isAssignableFrom(raw) && v instanceof Map<?, ?> m) {
            Type valueType = typeArgument(target, 1);
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, convert(x, valueType, where)));
            return out;
        }
        Class<?> boxed = box(raw);
        if (!boxed.isInstance(v)) {
            throw new IllegalArgumentException(where + " is a " + raw.getSimpleName() + " but the item holds a "
                    + v.getClass().getSimpleName() + " (" + v + ")");
        }
        return v;
    }

    private static Object number(BigDecimal d, Class<?> raw, String where) {
        try {
            if (raw == BigDecimal.class || raw == Object.class || raw == Number.class) {
                return d;
            }
            if (raw == BigInteger.class) {
                return d.toBigIntegerExact();
            }
            if (raw == long.class || raw == Long.class) {
                return d.longValueExact();
            }
            if (raw == int.class || raw == Integer.class) {
                return d.intValueExact();
            }
            if (raw == short.class || raw == Short.class) {
                return d.shortValueExact();
            }
            if (raw == byte.class || raw == Byte.class) {
                return d.byteValueExact();
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(where + " is a " + raw.getSimpleName() + " but the item holds " + d
                    + ", which does not fit exactly; declare it BigDecimal", e);
        }
        throw new IllegalArgumentException(where + " is a " + raw.getSimpleName() + " but the item holds the "
                + "number " + d + "; declare it BigDecimal, BigInteger, long or int");
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type t, int i) {
        return t instanceof ParameterizedType p && p.getActualTypeArguments().length > i
                ? p.getActualTypeArguments()[i] : Object.class;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == boolean.class ? Boolean.class : c == char.class ? Character.class : Object.class;
    }
}
