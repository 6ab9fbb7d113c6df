package io.boto4j.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's record or bean seen as named properties: how to build one from a result map ({@link Result#as}) and
 * how to read one into call parameters. Built once per class, on first use, and kept ({@link ClassValue}), so a
 * call does no reflective look-ups: it only invokes the constructor, setters or accessors found then.
 */
abstract class ObjectBinding {
    private static final ClassValue<ObjectBinding> BINDINGS = new ClassValue<>() {
        @Override
        protected ObjectBinding computeValue(Class<?> type) {
            return type.isRecord() ? new RecordBinding(type) : new BeanBinding(type);
        }
    };

    private static final ClassValue<ValueConverter> CONVERTERS = new ClassValue<>() {
        @Override
        protected ValueConverter computeValue(Class<?> type) {
            return ValueConverter.of(type);
        }
    };

    final Class<?> type;
    final List<String> names;
    final Type[] types;
    private final ValueConverter[] converters;
    private final MemberNames.Index index;

    ObjectBinding(Class<?> type, List<String> names, Type[] types) {
        this.type = type;
        this.names = List.copyOf(names);
        this.types = types;
        this.converters = new ValueConverter[types.length];
        for (int i = 0; i < types.length; i++) {
            converters[i] = ValueConverter.of(types[i]);
        }
        this.index = new MemberNames.Index(this.names);
    }

    static ObjectBinding of(Class<?> type) {
        return BINDINGS.get(type);
    }

    /** The kept converter of result values to {@code type}. */
    static ValueConverter converter(Class<?> type) {
        return CONVERTERS.get(type);
    }

    /** A record, or a concrete class of the user's (not the JDK's) with a no-argument constructor. */
    static boolean isBindable(Class<?> c) {
        if (c.isRecord()) {
            return true;
        }
        if (c.isPrimitive() || c.isArray() || c.isEnum() || c.isInterface() || Modifier.isAbstract(c.getModifiers())
                || c.getName().startsWith("java.")) {
            return false;
        }
        try {
            c.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A new instance filled from a result map; keys without a property are ignored, as boto3 users pick. */
    final Object fromMap(Map<String, Object> map) {
        Object[] values = new Object[converters.length];
        for (Map.Entry<String, Object> e : map.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            int i = index.of(e.getKey());
            if (i >= 0) {
                try {
                    values[i] = converters[i].convert(v);
                } catch (ConversionMismatch m) {
                    throw m.inKey(e.getKey());
                }
            }
        }
        return build(values);
    }

    /** The value of each property of {@code instance}, in declaration order (null where unset). */
    abstract Object read(Object instance, int property);

    abstract Object build(Object[] values);

    static String typeName(Type t) {
        return t instanceof Class<?> c ? c.getSimpleName() : t.getTypeName().replaceAll("[a-zA-Z0-9_$]+\\.", "");
    }

    static RuntimeException failure(String what, Class<?> type, Throwable e) {
        Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        if (cause instanceof RuntimeException r) {
            return r; // the user's own constructor, setter or accessor refused: their exception, unchanged
        }
        return new IllegalStateException("Cannot " + what + " " + type.getName() + ": " + cause, cause);
    }

    private static final class RecordBinding extends ObjectBinding {
        private final Constructor<?> constructor;
        private final Method[] accessors;
        private final Object[] defaults;

        RecordBinding(Class<?> type) {
            this(type, type.getRecordComponents());
        }

        private RecordBinding(Class<?> type, RecordComponent[] components) {
            super(type, names(components), types(components));
            Class<?>[] raw = new Class<?>[components.length];
            this.accessors = new Method[components.length];
            this.defaults = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                raw[i] = components[i].getType();
                accessors[i] = components[i].getAccessor();
                accessors[i].trySetAccessible();
                defaults[i] = primitiveDefault(raw[i]);
            }
            try {
                this.constructor = type.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("Record " + type.getName() + " has no canonical constructor", e);
            }
            constructor.trySetAccessible();
        }

        @Override
        Object build(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null && defaults[i] != null) {
                    values[i] = defaults[i]; // a missing number or flag in a primitive component: Java's default
                }
            }
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw failure("create", type, e);
            }
        }

        @Override
        Object read(Object instance, int property) {
            try {
                return accessors[property].invoke(instance);
            } catch (ReflectiveOperationException e) {
                throw failure("read", type, e);
            }
        }

        private static List<String> names(RecordComponent[] components) {
            List<String> out = new ArrayList<>();
            for (RecordComponent c : components) {
                out.add(c.getName());
            }
            return out;
        }

        private static Type[] types(RecordComponent[] components) {
            Type[] out = new Type[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getGenericType();
            }
            return out;
        }
    }

    /** A JavaBean: public setters to fill it, public getters to read it. */
    private static final class BeanBinding extends ObjectBinding {
        private final Constructor<?> constructor;
        private final Method[] setters;
        private final Method[] getters;

        BeanBinding(Class<?> type) {
            this(type, properties(type));
        }

        private BeanBinding(Class<?> type, Map<String, Method[]> properties) {
            super(type, new ArrayList<>(properties.keySet()), types(properties));
            this.setters = new Method[properties.size()];
            this.getters = new Method[properties.size()];
            int i = 0;
            for (Method[] accessors : properties.values()) {
                getters[i] = accessors[0];
                setters[i] = accessors[1];
                i++;
            }
            Constructor<?> c;
            try {
                c = type.getDeclaredConstructor();
                c.trySetAccessible();
            } catch (NoSuchMethodException e) {
                c = null; // read-only: usable as call input, not as a result type
            }
            this.constructor = c;
        }

        @Override
        Object build(Object[] values) {
            if (constructor == null) {
                throw new IllegalArgumentException("Cannot convert a result to " + type.getName()
                        + ": it is neither a record nor a class with a no-argument constructor");
            }
            try {
                Object bean = constructor.newInstance();
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && setters[i] != null) {
                        setters[i].invoke(bean, values[i]);
                    }
                }
                return bean;
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw failure("fill", type, e);
            }
        }

        @Override
        Object read(Object instance, int property) {
            if (getters[property] == null) {
                return null;
            }
            try {
                return getters[property].invoke(instance);
            } catch (ReflectiveOperationException e) {
                throw failure("read", type, e);
            }
        }

        /** Property name → {getter, setter} (either may be null), in the order the class declares them. */
        private static Map<String, Method[]> properties(Class<?> type) {
            Map<String, Method[]> out = new LinkedHashMap<>();
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                String n = m.getName();
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    String p = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                            : n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class
                            ? n.substring(2) : null;
                    if (p != null) {
                        m.trySetAccessible();
                        out.computeIfAbsent(MemberNames.decapitalize(p), k -> new Method[2])[0] = m;
                    }
                } else if (m.getParameterCount() == 1 && n.startsWith("set") && n.length() > 3) {
                    m.trySetAccessible();
                    out.computeIfAbsent(MemberNames.decapitalize(n.substring(3)), k -> new Method[2])[1] = m;
                }
            }
            return out;
        }

        private static Type[] types(Map<String, Method[]> properties) {
            Type[] out = new Type[properties.size()];
            int i = 0;
            for (Method[] accessors : properties.values()) {
                out[i++] = accessors[1] != null ? accessors[1].getGenericParameterTypes()[0]
                        : accessors[0].getGenericReturnType();
            }
            return out;
        }
    }

    private static Object primitiveDefault(Class<?> c) {
        if (!c.isPrimitive()) {
            return null;
        }
        if (c == boolean.class) {
            return false;
        }
        if (c == char.class) {
            return '\0';
        }
        if (c == long.class) {
            return 0L;
        }
        if (c == double.class) {
            return 0d;
        }
        if (c == float.class) {
            return 0f;
        }
        if (c == short.class) {
            return (short) 0;
        }
        if (c == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
