package io.boto4j.spring.autoconfigure;

import io.boto4j.config.Config;
import io.boto4j.config.ConfigOption;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.internal.names.ClosestNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code boto4j.config} tree (kebab-case keys, nested maps, string values as Spring binds them) into the
 * SDK's {@link Config}. The options, their types and their checks are the SDK's own declarations
 * ({@link ConfigOption}): a new option there is a new property here with no Spring code, and a bad value is
 * reported with the SDK's message, naming the property the user wrote.
 */
final class ConfigOptionsAdapter {
    private static final List<ConfigOption<?>> TOP_LEVEL = ConfigOption.all().stream()
            .filter(o -> o.parent().isEmpty()).toList();

    private ConfigOptionsAdapter() {
    }

    /**
     * The option key a property key names among {@code options}. Besides kebab, camel and snake case, the form an
     * environment variable binds to is accepted: Spring's relaxed binding turns {@code BOTO4J_CONFIG_CONNECTTIMEOUT}
     * into the map key {@code connecttimeout} (an underscore would be a dot), so a key matching an option once
     * dashes and underscores are dropped names that option.
     */
    static String optionKey(String key, List<ConfigOption<?>> options) {
        String snake = snakeCase(key);
        String compact = compact(key);
        for (ConfigOption<?> o : options) {
            if (o.key().equals(snake)) {
                return snake;
            }
        }
        for (ConfigOption<?> o : options) {
            if (compact(o.key()).equals(compact)) {
                return o.key();
            }
        }
        return snake;
    }

    private static String compact(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The Config of a property tree.
     *
     * @param prefix the property prefix of {@code tree} ({@code boto4j.config} or {@code boto4j.clients.s3.config}),
     *               used to name the property in errors
     */
    static Config toConfig(String prefix, Map<String, Object> tree) {
        Map<String, Object> snake = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String option = optionKey(e.getKey(), TOP_LEVEL);
            String property = prefix + "." + e.getKey();
            if (ConfigOption.named(option).isEmpty()) {
                throw new InvalidBoto4jPropertyException(property, e.getValue(), "unknown Config option '" + e.getKey()
                        + "'" + suggestion(option) + "; valid options are " + kebabNames(), null);
            }
            snake.put(option, plain(e.getValue(), ConfigOption.named(option).orElseThrow().subOptions()));
        }
        try {
            return Config.fromMap(snake);
        } catch (InvalidConfigError e) {
            throw culprit(prefix, tree, snake, e);
        }
    }

    /** Deep merge: {@code over}'s leaves win, nested maps merge key by key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            Object b = out.get(k);
            if (b instanceof Map<?, ?> bm && v instanceof Map<?, ?> vm) {
                out.put(k, merge((Map<String, Object>) bm, (Map<String, Object>) vm));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    /** {@code total-max-attempts}, {@code totalMaxAttempts} and {@code total_max_attempts} all name one key. */
    static String snakeCase(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-') {
                sb.append('_');
            } else if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static List<String> kebabNames() {
        return ConfigOption.all().stream().map(ConfigOption::kebabName).sorted().toList();
    }

    /**
     * Spring's binding shape to the SDK's: nested keys in snake_case, and {@code client-cert[0]}/{@code [1]}
     * (bound as a map of indexes) as the [certificate, key] list botocore takes. Values stay text: the
     * declarations convert them.
     */
    private static Object plain(Object value, List<ConfigOption<?>> subOptions) {
        if (value instanceof Map<?, ?> m && m.containsKey("0") && m.containsKey("1") && m.size() == 2) {
            return List.of(String.valueOf(m.get("0")), String.valueOf(m.get("1")));
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(optionKey(String.valueOf(k), subOptions), plain(v, List.of())));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return value;
    }

    // the SDK names the option in snake_case and says what is wrong: point at the property the user wrote
    private static InvalidBoto4jPropertyException culprit(String prefix, Map<String, Object> tree,
                                                          Map<String, Object> snake, InvalidConfigError error) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String option = optionKey(e.getKey(), TOP_LEVEL);
            try {
                Config.fromMap(Map.of(option, snake.get(option)));
                continue;
            } catch (InvalidConfigError failed) {
                if (e.getValue() instanceof Map<?, ?> nested) {
                    for (Map.Entry<?, ?> n : nested.entrySet()) {
                        String key = snakeCase(String.valueOf(n.getKey()));
                        if (failed.getMessage().contains("'" + n.getValue() + "'")
                                || failed.getMessage().contains(key)) {
                            return new InvalidBoto4jPropertyException(prefix + "." + e.getKey() + "." + n.getKey(),
                                    n.getValue(), failed.getMessage(), failed);
                        }
                    }
                }
                return new InvalidBoto4jPropertyException(prefix + "." + e.getKey(), e.getValue(),
                        failed.getMessage(), failed);
            }
        }
        return new InvalidBoto4jPropertyException(prefix, tree, error.getMessage(), error);
    }

    private static String suggestion(String option) {
        List<String> close = ClosestNames.suggest(option, ConfigOption.all().stream().map(ConfigOption::name).toList());
        return close.isEmpty() ? "" : " (did you mean '" + close.get(0).replace('_', '-') + "'?)";
    }
}
