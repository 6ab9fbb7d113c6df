package io.boto4j.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One configuration variable and where it is looked up: explicit value, then each environment variable in order,
 * then each key of the active profile (a path of one key, or two for a nested sub-section such as
 * {@code s3 / addressing_style}), then the default. The order is fixed by {@link ConfigStore#get}, so no call site
 * can get it wrong. The converter turns a raw value (a string from the environment or a file, or any object given
 * explicitly) into {@code T}; it throws {@link IllegalArgumentException} for a value it cannot read.
 */
public final class ConfigKey<T> {
    private final String name;
    private final List<String> envVars;
    private final List<List<String>> profilePaths;
    private final T defaultValue;
    private final Function<Object, T> converter;
    private final String defaultsModeName;
    private final Function<Object, T> defaultsModeValue;

    private ConfigKey(Builder<T> b) {
        this.name = b.name;
        this.envVars = List.copyOf(b.envVars);
        this.profilePaths = List.copyOf(b.profilePaths);
        this.defaultValue = b.defaultValue;
        this.converter = b.converter;
        this.defaultsModeName = b.defaultsModeName;
        this.defaultsModeValue = b.defaultsModeValue;
    }

    public static Builder<String> string(String name) {
        return new Builder<>(name, new Standard<>(Standard.STRING));
    }

    /** botocore's {@code ensure_boolean}: only a case-insensitive {@code "true"} (or Boolean true) is true. */
    public static Builder<Boolean> bool(String name) {
        return new Builder<>(name, new Standard<>(Standard.BOOLEAN));
    }

    public static Builder<Integer> integer(String name) {
        return new Builder<>(name, new Standard<>(Standard.INTEGER));
    }

    public static <T> Builder<T> of(String name, Function<Object, T> converter) {
        return new Builder<>(name, converter);
    }

    private static Integer toInt(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not an integer");
        }
    }

    /**
     * The converters of {@link #string}, {@link #bool} and {@link #integer} as one class, not three lambdas: every
     * process's first session declares its keys, where each lambda would spin a class of its own.
     */
    private static final class Standard<T> implements Function<Object, T> {
        static final int STRING = 0;
        static final int BOOLEAN = 1;
        static final int INTEGER = 2;
        private final int kind;

        Standard(int kind) {
            this.kind = kind;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T apply(Object v) {
            switch (kind) {
                case STRING:
                    return (T) (v instanceof String s ? s : String.valueOf(v));
                case BOOLEAN:
                    return (T) (Boolean) (v instanceof Boolean b ? b
                            : v instanceof String s && s.toLowerCase(Locale.ROOT).equals("true"));
                default:
                    return (T) toInt(v);
            }
        }
    }

    public String name() {
        return name;
    }

    public List<String> envVars() {
        return envVars;
    }

    public List<List<String>> profilePaths() {
        return profilePaths;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public T convert(Object raw) {
        return converter.apply(raw);
    }

    /** The name of this variable's smart default in {@code sdk-default-configuration.json}, or null. */
    public String defaultsModeName() {
        return defaultsModeName;
    }

    /** A defaults mode's value (text or number from the JSON) as this variable's value; null means none. */
    T defaultsModeValue(Object json) {
        return defaultsModeValue.apply(json);
    }

    @Override
    public String toString() {
        return "ConfigKey[" + name + "]";
    }

    /** Describes a key; {@link #build()} freezes it. */
    public static final class Builder<T> {
        private final String name;
        private final Function<Object, T> converter;
        private final List<String> envVars = new ArrayList<>();
        private final List<List<String>> profilePaths = new ArrayList<>();
        private T defaultValue;
        private String defaultsModeName;
        private Function<Object, T> defaultsModeValue;

        private Builder(String name, Function<Object, T> converter) {
            this.name = name;
            this.converter = converter;
        }

        public Builder<T> env(String... names) {
            envVars.addAll(List.of(names));
            return this;
        }

        /** A profile key; two names address a key of a nested sub-section ({@code "s3", "addressing_style"}). */
        public Builder<T> profile(String... path) {
            profilePaths.add(List.of(path));
            return this;
        }

        public Builder<T> defaultValue(T value) {
            this.defaultValue = value;
            return this;
        }

        /** The smart default a defaults mode gives this variable: its name in the JSON, read by the converter. */
        public Builder<T> defaultsMode(String name) {
            return defaultsMode(name, converter);
        }

        /** The smart default a defaults mode gives this variable, read by {@code value} (null: no value). */
        public Builder<T> defaultsMode(String name, Function<Object, T> value) {
            this.defaultsModeName = name;
            this.defaultsModeValue = value;
            return this;
        }

        public ConfigKey<T> build() {
            return new ConfigKey<>(this);
        }
    }
}
