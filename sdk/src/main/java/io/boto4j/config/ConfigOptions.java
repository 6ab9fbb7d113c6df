package io.boto4j.config;

import io.boto4j.exception.InvalidConfigError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The option names of {@link Config} (botocore's {@code OPTION_DEFAULTS}) and how a raw value is checked. */
final class ConfigOptions {
    static final Set<String> NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "region_name", "signature_version", "user_agent", "user_agent_extra", "user_agent_appid",
            "connect_timeout", "read_timeout", "parameter_validation", "max_pool_connections", "proxies",
            "proxies_config", "s3", "retries", "client_cert", "inject_host_prefix", "endpoint_discovery_enabled",
            "use_dualstack_endpoint", "use_fips_endpoint", "ignore_configured_endpoint_urls", "defaults_mode",
            "tcp_keepalive", "request_min_compression_size_bytes", "disable_request_compression",
            "client_context_params", "sigv4a_signing_region_set", "request_checksum_calculation",
            "response_checksum_validation", "account_id_endpoint_mode", "auth_scheme_preference",
            "s3_disable_express_session_auth")));

    private static final Set<String> RETRY_KEYS = Set.of("max_attempts", "mode", "total_max_attempts");
    private static final Set<String> RETRY_MODES = Set.of("legacy", "standard", "adaptive");
    private static final Set<String> ADDRESSING_STYLES = Set.of("virtual", "auto", "path");

    private ConfigOptions() {
    }

    static Object convert(String name, Object value) {
        return switch (name) {
            case "connect_timeout", "read_timeout" -> duration(name, value);
            case "parameter_validation", "inject_host_prefix", "use_dualstack_endpoint", "use_fips_endpoint",
                 "ignore_configured_endpoint_urls", "tcp_keepalive", "disable_request_compression",
                 "s3_disable_express_session_auth" -> bool(name, value);
            case "max_pool_connections", "request_min_compression_size_bytes" -> integer(name, value);
            case "retries" -> retries(map(name, value));
            case "s3" -> s3(map(name, value));
            case "proxies", "proxies_config", "client_context_params" -> map(name, value);
            case "client_cert" -> clientCert(value);
            case "endpoint_discovery_enabled" -> value instanceof Boolean ? value : string(name, value);
            default -> string(name, value);
        };
    }

    private static Duration duration(String name, Object v) {
        if (v instanceof Duration d) {
            return d;
        }
        if (v instanceof Number n) {
            return Duration.ofNanos(new BigDecimal(n.toString()).movePointRight(9).longValue());
        }
        throw invalid(name, "a Duration or a number of seconds");
    }

    private static Boolean bool(String name, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw invalid(name, "true or false");
    }

    private static Integer integer(String name, Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return ((Number) v).intValue();
        }
        throw invalid(name, "an integer");
    }

    private static String string(String name, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw invalid(name, "a string");
    }

    private static Object clientCert(Object v) {
        if (v instanceof String) {
            return v;
        }
        if (v instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String && l.get(1) instanceof String) {
            return List.copyOf(l);
        }
        throw invalid("client_cert", "a certificate path or a list of (certificate path, key path)");
    }

    private static Map<String, Object> map(String name, Object v) {
        if (!(v instanceof Map<?, ?> m)) {
            throw invalid(name, "a map");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, val) -> copy.put(String.valueOf(k), val));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, Object> retries(Map<String, Object> retries) {
        for (Map.Entry<String, Object> e : retries.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (!RETRY_KEYS.contains(key)) {
                throw new InvalidConfigError("Invalid retries configuration: unknown key '" + key
                        + "'; valid keys are " + RETRY_KEYS);
            }
            if (key.equals("mode") && !RETRY_MODES.contains(value)) {
                throw new InvalidConfigError("Invalid retries configuration: mode '" + value
                        + "' is not one of " + RETRY_MODES);
            }
            int min = key.equals("total_max_attempts") ? 1 : 0;
            if (!key.equals("mode") && !(value instanceof Integer i && i >= min)) {
                throw new InvalidConfigError("Invalid retries configuration: " + key + " must be an integer >= "
                        + min + ", got '" + value + "'");
            }
        }
        return retries;
    }

    private static Map<String, Object> s3(Map<String, Object> s3) {
        Object style = s3.get("addressing_style");
        if (style != null && !ADDRESSING_STYLES.contains(style)) {
            throw new InvalidConfigError("Invalid S3 addressing style '" + style + "'; valid styles are "
                    + ADDRESSING_STYLES);
        }
        return s3;
    }

    private static InvalidConfigError invalid(String name, String expected) {
        return new InvalidConfigError("Config option '" + name + "' must be " + expected);
    }
}
