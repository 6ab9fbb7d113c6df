package io.boto4j.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java type of a {@link ConfigOption} and its two ways of reading a raw value: {@link #fromConfig} strictly,
 * for what a user passes to {@link Config} (a value of the type, or its text as a property binder passes it), and
 * {@link #fromFiles} as botocore reads the environment and the config file (e.g. {@code ensure_boolean}: any text
 * but "true" is false). Both throw {@link IllegalArgumentException} with a message that starts with the quoted
 * value; callers add the option and the source.
 */
abstract class ValueType<T> {
    /** Compiled on first use: most processes never read a duration from text, and every one makes a session. */
    private static final class SimpleDuration {
        static final Pattern PATTERN = Pattern.compile("(?i)^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ns|us|ms|s|m|h|d)?\\s*$");
    }

    private final Class<?> javaType;
    private final String typeName;
    private final String expected;

    private ValueType(Class<?> javaType, String expected) {
        this(javaType, javaType.getName(), expected);
    }

    private ValueType(Class<?> javaType, String typeName, String expected) {
        this.javaType = javaType;
        this.typeName = typeName;
        this.expected = expected;
    }

    final Class<?> javaType() {
        return javaType;
    }

    /** The generic type's name, as Spring's configuration metadata spells it. */
    final String typeName() {
        return typeName;
    }

    /** What a value must be, for error messages ("true or false"). */
    final String expected() {
        return expected;
    }

    abstract T fromConfig(Object raw);

    T fromFiles(Object raw) {
        return fromConfig(raw);
    }

    final IllegalArgumentException notA(Object raw) {
        return new IllegalArgumentException(shown(raw) + " is not " + expected);
    }

    /**
     * A rejected value as an error may show it: text, with any password of a URL's user info masked (a proxy
     * URL can carry one); anything else only by its type, since maps and lists may hold secrets.
     */
    static String shown(Object raw) {
        if (raw instanceof String s) {
            return "'" + s.replaceAll("(://[^/@:\\s]*):[^/@\\s]*@", "$1:****@") + "'";
        }
        if (raw instanceof Number || raw instanceof Boolean || raw instanceof java.time.Duration) {
            return "'" + raw + "'";
        }
        return raw == null ? "null" : "a " + raw.getClass().getSimpleName();
    }

    static final ValueType<String> STRING = new ValueType<>(String.class, "a string") {
        @Override
        String fromConfig(Object raw) {
            if (raw instanceof String s) {
                return s;
            }
            throw notA(raw);
        }

        @Override
        String fromFiles(Object raw) {
            return raw instanceof String s ? s : String.valueOf(raw);
        }
    };

    static final ValueType<Boolean> BOOLEAN = new ValueType<>(Boolean.class, "true or false") {
        @Override
        Boolean fromConfig(Object raw) {
            if (raw instanceof Boolean b) {
                return b;
            }
            if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(s.toLowerCase(Locale.ROOT));
            }
            throw notA(raw);
        }

        @Override
        Boolean fromFiles(Object raw) {
            return ensureBoolean(raw);
        }
    };

    static final ValueType<Integer> INTEGER = new ValueType<>(Integer.class, "an integer") {
        @Override
        Integer fromConfig(Object raw) {
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
                return ((Number) raw).intValue();
            }
            if (raw instanceof String s) {
                try {
                    return Integer.parseInt(s.strip());
                } catch (NumberFormatException e) {
                    throw notA(raw);
                }
            }
            throw notA(raw);
        }

        @Override
        Integer fromFiles(Object raw) {
            if (raw instanceof Number n) {
                return n.intValue();
            }
            return fromConfig(String.valueOf(raw));
        }
    };

    /** A number of seconds (botocore's float), a {@link Duration}, or text: "5", "1.5", "10s", "250ms", "PT5S". */
    static final ValueType<Duration> DURATION = new ValueType<>(Duration.class,
            "a Duration, a number of seconds, or text such as 5, 10s, 250ms or PT5S") {
        @Override
        Duration fromConfig(Object raw) {
            if (raw instanceof Duration d) {
                return d;
            }
            if (raw instanceof Number n) {
                return seconds(new BigDecimal(n.toString()));
            }
            if (raw instanceof String s) {
                return parseDuration(s);
            }
            throw notA(raw);
        }

        private Duration parseDuration(String s) {
            Matcher m = SimpleDuration.PATTERN.matcher(s);
            if (m.matches()) {
                BigDecimal amount = new BigDecimal(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
                return switch (unit) {
                    case "ns" -> Duration.ofNanos(amount.longValue());
                    case "us" -> Duration.ofNanos(amount.movePointRight(3).longValue());
                    case "ms" -> Duration.ofNanos(amount.movePointRight(6).longValue());
                    case "m" -> seconds(amount.multiply(BigDecimal.valueOf(60)));
                    case "h" -> seconds(amount.multiply(BigDecimal.valueOf(3600)));
                    case "d" -> seconds(amount.multiply(BigDecimal.valueOf(86400)));
                    default -> seconds(amount);
                };
            }
            try {
                return Duration.parse(s.strip());
            } catch (DateTimeParseException e) {
                throw notA(s);
            }
        }

        private Duration seconds(BigDecimal seconds) {
            return Duration.ofNanos(seconds.movePointRight(9).longValue());
        }
    };

    /** botocore's {@code endpoint_discovery_enabled}: a boolean or {@code auto}, kept as text. */
    static final ValueType<String> BOOLEAN_OR_AUTO = new ValueType<>(String.class, "true, false or auto") {
        @Override
        String fromConfig(Object raw) {
            if (raw instanceof Boolean b) {
                return b.toString();
            }
            if (raw instanceof String s) {
                return s;
            }
            throw notA(raw);
        }

        @Override
        String fromFiles(Object raw) {
            return String.valueOf(raw);
        }
    };

    /** A certificate path, or (certificate path, key path): a list of one or two paths. Text may be "cert,key". */
    static final ValueType<List<String>> PATHS = new ValueType<>(List.class,
            "java.util.List<java.lang.String>", "a certificate path or a list of (certificate path, key path)") {
        @Override
        List<String> fromConfig(Object raw) {
            if (raw instanceof String s) {
                List<String> parts = List.of(s.split(",", -1)).stream().map(String::strip).toList();
                if (parts.size() <= 2 && parts.stream().noneMatch(String::isEmpty)) {
                    return parts;
                }
            }
            if (raw instanceof List<?> l && (l.size() == 1 || l.size() == 2)
                    && l.stream().allMatch(e -> e instanceof String)) {
                return l.stream().map(String.class::cast).toList();
            }
            throw notA(raw);
        }
    };

    /** A dictionary with string values, such as {@code proxies} (scheme to proxy URL). */
    static final ValueType<Map<String, String>> STRING_MAP = new ValueType<>(Map.class,
            "java.util.Map<java.lang.String,java.lang.String>", "a map of strings") {
        @Override
        Map<String, String> fromConfig(Object raw) {
            if (!(raw instanceof Map<?, ?> m)) {
                throw notA(raw);
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getValue() instanceof String s)) {
                    throw notA(raw);
                }
                out.put(String.valueOf(e.getKey()), s);
            }
            return Collections.unmodifiableMap(out);
        }
    };

    /**
     * A dictionary ({@code s3}, {@code retries}, {@code client_context_params}...): keys as given; the entries of
     * declared sub-options are converted by {@link ConfigOption}, not here.
     */
    static final ValueType<Map<String, Object>> MAP = new ValueType<>(Map.class,
            "java.util.Map<java.lang.String,java.lang.Object>", "a map") {
        @Override
        Map<String, Object> fromConfig(Object raw) {
            if (!(raw instanceof Map<?, ?> m)) {
                throw notA(raw);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), e.getValue());
            }
            return out;
        }
    };

    /** botocore's {@code ensure_boolean}: Boolean true or a case-insensitive "true" is true, anything else false. */
    static boolean ensureBoolean(Object v) {
        return v instanceof Boolean b ? b : v instanceof String s && s.toLowerCase(Locale.ROOT).equals("true");
    }
}
