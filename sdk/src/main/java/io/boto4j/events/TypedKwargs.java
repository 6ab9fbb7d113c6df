package io.boto4j.events;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The kwargs of an SDK event: a map that keeps each of the table's argument names to its one type. */
final class TypedKwargs extends HashMap<String, Object> {
    private final String eventName;

    TypedKwargs(String eventName, int arguments) {
        super(arguments * 2);
        this.eventName = eventName;
    }

    /** Adds an argument whose type the caller's signature already guarantees. */
    TypedKwargs with(String name, Object value) {
        super.put(name, value);
        return this;
    }

    @Override
    public Object put(String key, Object value) {
        Arguments.check(eventName, key, value);
        return super.put(key, value);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        m.forEach(this::put);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        Arguments.check(eventName, key, value);
        return super.putIfAbsent(key, value);
    }

    @Override
    public Object replace(String key, Object value) {
        Arguments.check(eventName, key, value);
        return super.replace(key, value);
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        Arguments.check(eventName, key, newValue);
        return super.replace(key, oldValue, newValue);
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        return super.compute(key, (k, v) -> checked(k, f.apply(k, v)));
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        return super.computeIfAbsent(key, k -> checked(k, f.apply(k)));
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        return super.computeIfPresent(key, (k, v) -> checked(k, f.apply(k, v)));
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        return super.merge(key, value, (a, b) -> checked(key, f.apply(a, b)));
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> f) {
        super.replaceAll((k, v) -> checked(k, f.apply(k, v)));
    }

    private Object checked(String key, Object value) {
        Arguments.check(eventName, key, value);
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
