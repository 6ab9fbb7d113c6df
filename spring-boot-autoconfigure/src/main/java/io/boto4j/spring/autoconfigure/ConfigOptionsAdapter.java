package io.boto4j.spring.autoconfigure;

import io.boto4j.config.Config;
import io.boto4j.exception.InvalidConfigError;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;

/**
 * Turns the {@code boto4j.config} tree (kebab-case keys, nested maps, string values as Spring binds them) into the
 * SDK's {@link Config} through {@link Config#fromMap}.
 *
 * <p>Merge note: the option names and value types below mirror {@code io.boto4j.config.ConfigOptions} of today.
 * When the SDK declares every option once (name, type, description) and {@code Config.fromMap} accepts strings,
 * {@link #OPTIONS} and {@link #typed} are replaced by reads of those declarations; nothing else here changes.
 */
final class ConfigOptionsAdapter {
    enum Kind { STRING, BOOLEAN, INTEGER, DURATION, MAP, BOOLEAN_OR_STRING, CERT }

    /** Every botocore Config option (snake_case) with the kind of its value. */
    static final Map<String, Kind> OPTIONS = options();

    /** Typed keys inside the nested dictionaries; the others stay strings. */
    private static final Map<String, Kind> NESTED = Map.of(
            "retries.max_attempts", Kind.INTEGER, "retries.total_max_attempts", Kind.INTEGER,
            "s3.use_accelerate_endpoint", Kind.BOOLEAN, "s3.payload_signing_enabled", Kind.BOOLEAN,
            "s3.use_arn_region", Kind.BOOLEAN, "s3.use_dualstack_endpoint", Kind.BOOLEAN,
            "proxies_config.proxy_use_forwarding_for_https", Kind.BOOLEAN);

    private ConfigOptionsAdapter() {
    }

    private static Map<String, Kind> options() {
        Map<String, Kind> o = new LinkedHashMap<>();
        for (String s : List.of("region_name", "signature_version", "user_agent", "user_agent_extra",
                "user_agent_appid", "defaults_mode", "sigv4a_signing_region_set", "request_checksum_calculation",
                "response_checksum_validation", "account_id_endpoint_mode", "auth_scheme_preference")) {
            o.put(s, Kind.STRING);
        }
        for (String b : List.of("parameter_validation", "inject_host_prefix", "use_dualstack_endpoint",
                "use_fips_endpoint", "ignore_configured_endpoint_urls", "tcp_keepalive",
                "disable_request_compression", "s3_disable_express_session_auth")) {
            o.put(b, Kind.BOOLEAN);
        }
        o.put("connect_timeout", Kind.DURATION);
        o.put("read_timeout", Kind.DURATION);
        o.put("max_pool_connections", Kind.INTEGER);
        o.put("request_min_compression_size_bytes", Kind.INTEGER);
        for (String m : List.of("proxies", "proxies_config", "s3", "retries", "client_context_params")) {
            o.put(m, Kind.MAP);
        }
        o.put("client_cert", Kind.CERT);
        o.put("endpoint_discovery_enabled", Kind.BOOLEAN_OR_STRING);
        return Map.copyOf(o);
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
            String option = snakeCase(e.getKey());
            String property = prefix + "." + e.getKey();
            Kind kind = OPTIONS.get(option);
            if (kind == null) {
                throw new InvalidBoto4jPropertyException(property, e.getValue(), "unknown Config option '" + e.getKey()
                        + "'" + suggestion(option) + "; valid options are " + kebabNames(), null);
            }
            snake.put(option, typed(property, option, kind, e.getValue()));
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
        return OPTIONS.keySet().stream().sorted().map(n -> n.replace('_', '-')).toList();
    }

    private static Object typed(String property, String path, Kind kind, Object value) {
        try {
            return switch (kind) {
                case STRING -> String.valueOf(value);
                case BOOLEAN -> bool(value);
                case INTEGER -> integer(value);
                case DURATION -> duration(value);
                case BOOLEAN_OR_STRING -> isBoolean(value) ? bool(value) : String.valueOf(value);
                case CERT -> cert(value);
                case MAP -> nested(property, path, value);
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidBoto4jPropertyException(property, value, e.getMessage(), e);
        }
    }

    private static Map<String, Object> nested(String property, String path, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("expected nested keys (" + property + ".<key>)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = snakeCase(String.valueOf(k));
            Kind kind = NESTED.getOrDefault(path + "." + key, Kind.STRING);
            out.put(key, v instanceof Map<?, ?> ? v : typed(property + "." + k, path + "." + key, kind, v));
        });
        return out;
    }

    private static boolean isBoolean(Object v) {
        return v instanceof Boolean || "true".equalsIgnoreCase(String.valueOf(v))
                || "false".equalsIgnoreCase(String.valueOf(v));
    }

    private static Boolean bool(Object v) {
        if (!isBoolean(v)) {
            throw new IllegalArgumentException("expected true or false");
        }
        return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
    }

    private static Integer integer(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        try {
            return Integer.valueOf(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an integer");
        }
    }

    // a bare number is seconds, as in botocore; "500ms", "2s", "PT1M" as Spring writes durations
    private static Duration duration(Object v) {
        if (v instanceof Duration d) {
            return d;
        }
        try {
            return DurationStyle.detectAndParse(String.valueOf(v).trim(), ChronoUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a duration such as 5s, 500ms or PT1M");
        }
    }

    // one path, or [certificate, key] bound from client-cert[0] / client-cert[1]
    private static Object cert(Object v) {
        if (v instanceof Map<?, ?> m && m.containsKey("0") && m.containsKey("1")) {
            return List.of(String.valueOf(m.get("0")), String.valueOf(m.get("1")));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return String.valueOf(v);
    }

    // the SDK names the option in snake_case and says what is wrong: point at the property the user wrote
    private static InvalidBoto4jPropertyException culprit(String prefix, Map<String, Object> tree,
                                                          Map<String, Object> snake, InvalidConfigError error) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            String option = snakeCase(e.getKey());
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
        return OPTIONS.keySet().stream()
                .filter(n -> ServiceNames.distance(n, option) <= 3)
                .min(Comparator.comparingInt(n -> ServiceNames.distance(n, option)))
                .map(n -> " (did you mean '" + n.replace('_', '-') + "'?)").orElse("");
    }
}
