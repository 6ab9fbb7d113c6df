package io.boto4j.config;

import io.boto4j.internal.names.ClosestNames;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.exception.InvalidRegionError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One option of {@link Config} (botocore's {@code Config.OPTION_DEFAULTS}), declared once: its snake_case name,
 * Java type, the environment variables and config-file keys that supply it when the Config does not, its
 * defaults-mode value, its default, its valid values and a one-line description. {@link ClientConfigResolution}
 * resolves every declared option by the same chain (explicit client argument, Config, session value, environment,
 * profile, defaults mode, default), so adding an option is adding a declaration here.
 *
 * <p>A dictionary option ({@code retries}, {@code s3}, {@code proxies_config}) declares its entries as
 * sub-options ({@link #RETRIES_MODE}, {@link #S3_ADDRESSING_STYLE}, ...), read with the same typed
 * {@code get(option)} as a top-level one. {@link #all()} lists the top-level options for tools that enumerate them
 * (a property binder generating {@code boto4j.config.<kebab-name>} properties and their metadata).
 *
 * <pre>{@code
 * Duration timeout = resolved.get(ConfigOption.CONNECT_TIMEOUT);
 * String mode = resolved.get(ConfigOption.RETRIES_MODE);
 * for (ConfigOption<?> o : ConfigOption.all()) { o.kebabName(); o.type(); o.subOptions(); o.description(); }
 * }</pre>
 */
public final class ConfigOption<T> {
    private static final int MAX_MIN_COMPRESSION_SIZE = 1_048_576;

    /** How a dictionary option's Config value meets the value built from the environment and the files. */
    enum Merge {
        /** Config's entries override the files' entry by entry (botocore's {@code s3}, {@code retries}). */
        OVERLAY,
        /** A Config value replaces the files' dictionary entirely (botocore's {@code proxies_config}). */
        REPLACE
    }

    private final String key;
    private final ValueType<T> type;
    private final String description;
    private final T defaultValue;
    private final List<String> allowedValues;
    private final boolean allowedCheckedInConfig;
    private final Integer atLeast;
    private final Function<Object, ?> resolvedCheck;
    private final ConfigKey<T> sessionKey;
    private final List<String> envVars;
    private final List<String> configFileKeys;
    private final List<ConfigOption<?>> subOptions;
    private final boolean otherKeysAllowed;
    private final Merge merge;
    private final String fileSection;
    private final ConfigOption<?> implies;
    private final Function<Object, ?> impliedValue;
    // set once by the parent's constructor, during class initialisation
    private ConfigOption<?> parent;

    private ConfigOption(Builder<T> b) {
        this.key = b.key;
        this.type = b.type;
        this.description = b.description;
        this.defaultValue = b.defaultValue;
        this.allowedValues = List.copyOf(b.allowedValues);
        this.allowedCheckedInConfig = b.allowedCheckedInConfig;
        this.atLeast = b.atLeast;
        this.resolvedCheck = b.resolvedCheck;
        this.envVars = List.copyOf(b.envVars);
        this.configFileKeys = List.copyOf(b.fileKeys);
        this.subOptions = List.copyOf(b.subOptions);
        this.otherKeysAllowed = b.otherKeysAllowed;
        this.merge = b.merge;
        this.fileSection = b.fileSection;
        this.implies = b.implies;
        this.impliedValue = b.impliedValue;
        this.sessionKey = b.sessionKey();
        for (ConfigOption<?> s : subOptions) {
            s.parent = this;
        }
    }

    // ---- the declarations, in botocore's order ----

    public static final ConfigOption<String> REGION_NAME = string("region_name")
            .describe("The region to send requests to (and sign them for).")
            .session("region").env("AWS_DEFAULT_REGION").file("region")
            .checkWhenResolved(Rule.REGION).build();
    public static final ConfigOption<String> SIGNATURE_VERSION = string("signature_version")
            .describe("The signer to use, such as v4 or s3v4, or UNSIGNED to send requests unsigned.").build();
    public static final ConfigOption<String> USER_AGENT = string("user_agent")
            .describe("A User-Agent header that replaces the SDK's own.").build();
    public static final ConfigOption<String> USER_AGENT_EXTRA = string("user_agent_extra")
            .describe("Text appended to the User-Agent header.").build();
    public static final ConfigOption<String> USER_AGENT_APPID = string("user_agent_appid")
            .describe("An application id added to the User-Agent header.")
            .env("AWS_SDK_UA_APP_ID").file("sdk_ua_app_id").build();
    public static final ConfigOption<Duration> CONNECT_TIMEOUT = of("connect_timeout", ValueType.DURATION)
            .describe("How long to wait to establish a connection.")
            .defaultsMode("connectTimeoutInMillis", Rule.POSITIVE_MILLIS)
            .defaultValue(Duration.ofSeconds(60)).build();
    public static final ConfigOption<Duration> READ_TIMEOUT = of("read_timeout", ValueType.DURATION)
            .describe("How long to wait for data on an established connection.")
            .defaultValue(Duration.ofSeconds(60)).build();
    public static final ConfigOption<Boolean> PARAMETER_VALIDATION = bool("parameter_validation")
            .describe("Whether to validate request parameters against the model before sending.")
            .file("parameter_validation").defaultValue(true).build();
    public static final ConfigOption<Integer> MAX_POOL_CONNECTIONS = integer("max_pool_connections")
            .describe("The largest number of connections kept open per host.")
            .defaultValue(10).build();
    public static final ConfigOption<Map<String, String>> PROXIES = of("proxies", ValueType.STRING_MAP)
            .describe("Proxy URLs by URL scheme or scheme://host, e.g. https -> http://proxy:3128.")
            .otherKeysAllowed().build();

    public static final ConfigOption<String> PROXY_CA_BUNDLE = string("proxy_ca_bundle")
            .describe("The CA bundle that verifies the proxy's certificate.").file("proxy_ca_bundle").build();
    public static final ConfigOption<String> PROXY_CLIENT_CERT = string("proxy_client_cert")
            .describe("The client certificate presented to the proxy.").file("proxy_client_cert").build();
    public static final ConfigOption<Boolean> PROXY_USE_FORWARDING_FOR_HTTPS = bool("proxy_use_forwarding_for_https")
            .describe("Whether to forward HTTPS requests through the proxy instead of tunnelling (CONNECT).")
            .file("proxy_use_forwarding_for_https").build();
    public static final ConfigOption<Map<String, Object>> PROXIES_CONFIG = dictionary("proxies_config", Merge.REPLACE,
            PROXY_CA_BUNDLE, PROXY_CLIENT_CERT, PROXY_USE_FORWARDING_FOR_HTTPS)
            .describe("How to talk to the proxies: CA bundle, client certificate, forwarding for HTTPS.")
            .otherKeysAllowed().build();

    public static final ConfigOption<String> S3_ADDRESSING_STYLE = string("addressing_style")
            .describe("Whether the bucket goes in the host (virtual), in the path (path), or as S3 decides (auto).")
            .oneOf("auto", "virtual", "path").session("s3.addressing_style").file("s3.addressing_style").build();
    public static final ConfigOption<Boolean> S3_USE_ACCELERATE_ENDPOINT = bool("use_accelerate_endpoint")
            .describe("Whether to use the S3 Transfer Acceleration endpoint.")
            .session("s3.use_accelerate_endpoint").file("s3.use_accelerate_endpoint").build();
    public static final ConfigOption<Boolean> S3_USE_DUALSTACK_ENDPOINT = bool("use_dualstack_endpoint")
            .describe("Whether to use S3's dual-stack (IPv6) endpoint (prefer use_dualstack_endpoint).")
            .session("s3.use_dualstack_endpoint").file("s3.use_dualstack_endpoint").build();
    public static final ConfigOption<Boolean> S3_PAYLOAD_SIGNING_ENABLED = bool("payload_signing_enabled")
            .describe("Whether to sign the payload's SHA-256 for S3 requests sent over HTTPS.")
            .session("s3.payload_signing_enabled").file("s3.payload_signing_enabled").build();
    public static final ConfigOption<Boolean> S3_USE_ARN_REGION = bool("use_arn_region")
            .describe("Whether an access point ARN's region may differ from the client's.")
            .session("s3.use_arn_region").env("AWS_S3_USE_ARN_REGION")
            .file("s3_use_arn_region").file("s3.use_arn_region").build();
    public static final ConfigOption<String> S3_US_EAST_1_REGIONAL_ENDPOINT = string("us_east_1_regional_endpoint")
            .describe("Whether us-east-1 uses the regional S3 endpoint (regional) or the global one (legacy).")
            .session("s3.us_east_1_regional_endpoint").env("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT")
            .file("s3_us_east_1_regional_endpoint").file("s3.us_east_1_regional_endpoint")
            .defaultsMode("s3UsEast1RegionalEndpoints").build();
    public static final ConfigOption<Boolean> S3_DISABLE_MULTIREGION_ACCESS_POINTS =
            bool("s3_disable_multiregion_access_points")
                    .describe("Whether to refuse multi-region access point ARNs.")
                    .session("s3.s3_disable_multiregion_access_points")
                    .env("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS")
                    .file("s3.s3_disable_multiregion_access_points").build();
    public static final ConfigOption<Map<String, Object>> S3 = dictionary("s3", Merge.OVERLAY,
            S3_ADDRESSING_STYLE, S3_USE_ACCELERATE_ENDPOINT, S3_USE_DUALSTACK_ENDPOINT, S3_PAYLOAD_SIGNING_ENABLED,
            S3_USE_ARN_REGION, S3_US_EAST_1_REGIONAL_ENDPOINT, S3_DISABLE_MULTIREGION_ACCESS_POINTS)
            .describe("Amazon S3 settings: addressing style, accelerate, ARN region, us-east-1 endpoint...")
            .fileSection("s3").otherKeysAllowed().build();
    public static final ConfigOption<Boolean> S3_DISABLE_EXPRESS_SESSION_AUTH = bool("s3_disable_express_session_auth")
            .describe("Whether to sign S3 Express One Zone requests with SigV4 instead of session credentials.")
            .env("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH").file("s3_disable_express_session_auth")
            .defaultValue(false).build();

    public static final ConfigOption<Integer> RETRIES_TOTAL_MAX_ATTEMPTS = integer("total_max_attempts")
            .describe("Attempts in all, the first included; wins over max_attempts.")
            .atLeast(1).session("max_attempts").env("AWS_MAX_ATTEMPTS").file("max_attempts").build();
    public static final ConfigOption<Integer> RETRIES_MAX_ATTEMPTS = integer("max_attempts")
            .describe("Retries after the first attempt (total_max_attempts minus one).")
            .atLeast(0).impliesInConfig(RETRIES_TOTAL_MAX_ATTEMPTS, Rule.PLUS_ONE).build();
    public static final ConfigOption<String> RETRIES_MODE = string("mode")
            .describe("The retry strategy: legacy, standard or adaptive.")
            .oneOf("legacy", "standard", "adaptive").checkedInFilesToo()
            .session("retry_mode").env("AWS_RETRY_MODE").file("retry_mode").defaultsMode("retryMode")
            .defaultValue("legacy").build();
    public static final ConfigOption<Map<String, Object>> RETRIES = dictionary("retries", Merge.OVERLAY,
            RETRIES_TOTAL_MAX_ATTEMPTS, RETRIES_MAX_ATTEMPTS, RETRIES_MODE)
            .describe("How failed requests are retried: mode and number of attempts.").build();

    public static final ConfigOption<List<String>> CLIENT_CERT = of("client_cert", ValueType.PATHS)
            .describe("A client certificate path, or a certificate path and a key path, for mutual TLS.").build();
    public static final ConfigOption<Boolean> INJECT_HOST_PREFIX = bool("inject_host_prefix")
            .describe("Whether to prepend the model's host prefix (e.g. an account id) to the endpoint's host.")
            .session("disable_host_prefix_injection").env("AWS_DISABLE_HOST_PREFIX_INJECTION")
            .file("disable_host_prefix_injection").readFilesAs(Rule.NEGATED_FLAG)
            .defaultValue(true).build();
    public static final ConfigOption<String> ENDPOINT_DISCOVERY_ENABLED =
            of("endpoint_discovery_enabled", ValueType.BOOLEAN_OR_AUTO)
                    .describe("Whether to discover endpoints for services that offer it: true, false or auto.")
                    .env("AWS_ENDPOINT_DISCOVERY_ENABLED").file("endpoint_discovery_enabled")
                    .checkWhenResolved(Rule.LOWER_CASE).defaultValue("auto").build();
    public static final ConfigOption<Boolean> USE_DUALSTACK_ENDPOINT = bool("use_dualstack_endpoint")
            .describe("Whether to use dual-stack (IPv4 and IPv6) endpoints.")
            .env("AWS_USE_DUALSTACK_ENDPOINT").file("use_dualstack_endpoint").defaultValue(false).build();
    public static final ConfigOption<Boolean> USE_FIPS_ENDPOINT = bool("use_fips_endpoint")
            .describe("Whether to use FIPS 140-2 validated endpoints.")
            .env("AWS_USE_FIPS_ENDPOINT").file("use_fips_endpoint").defaultValue(false).build();
    public static final ConfigOption<Boolean> IGNORE_CONFIGURED_ENDPOINT_URLS = bool("ignore_configured_endpoint_urls")
            .describe("Whether to ignore endpoint URLs from the environment and the config file.")
            .env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS").file("ignore_configured_endpoint_urls")
            .defaultValue(false).build();
    public static final ConfigOption<String> DEFAULTS_MODE = string("defaults_mode")
            .describe("The smart defaults to apply: legacy, standard, in-region, cross-region, mobile or auto.")
            .env("AWS_DEFAULTS_MODE").file("defaults_mode").defaultValue("legacy").build();
    public static final ConfigOption<Boolean> TCP_KEEPALIVE = bool("tcp_keepalive")
            .describe("Whether to turn on TCP keep-alive on connections.")
            .env("BOTOCORE_TCP_KEEPALIVE").file("tcp_keepalive").defaultValue(false).build();
    public static final ConfigOption<Integer> REQUEST_MIN_COMPRESSION_SIZE_BYTES =
            integer("request_min_compression_size_bytes")
                    .describe("The smallest request body, in bytes, that is compressed (1 to 1048576).")
                    .env("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES").file("request_min_compression_size_bytes")
                    .checkWhenResolved(Rule.MIN_COMPRESSION).defaultValue(10240).build();
    public static final ConfigOption<Boolean> DISABLE_REQUEST_COMPRESSION = bool("disable_request_compression")
            .describe("Whether to send request bodies uncompressed even where the model allows compression.")
            .env("AWS_DISABLE_REQUEST_COMPRESSION").file("disable_request_compression").defaultValue(false).build();
    public static final ConfigOption<Map<String, Object>> CLIENT_CONTEXT_PARAMS = of("client_context_params",
            ValueType.MAP)
            .describe("Values of the service's client context parameters for endpoint resolution.")
            .otherKeysAllowed().build();
    public static final ConfigOption<String> SIGV4A_SIGNING_REGION_SET = string("sigv4a_signing_region_set")
            .describe("The regions a SigV4a signature is valid in, comma-separated (e.g. *).")
            .env("AWS_SIGV4A_SIGNING_REGION_SET").file("sigv4a_signing_region_set").build();
    public static final ConfigOption<String> REQUEST_CHECKSUM_CALCULATION = string("request_checksum_calculation")
            .describe("When to compute request checksums: when_supported or when_required.")
            .env("AWS_REQUEST_CHECKSUM_CALCULATION").file("request_checksum_calculation")
            .oneOfWhenResolved("when_supported", "when_required").defaultValue("when_supported").build();
    public static final ConfigOption<String> RESPONSE_CHECKSUM_VALIDATION = string("response_checksum_validation")
            .describe("When to validate response checksums: when_supported or when_required.")
            .env("AWS_RESPONSE_CHECKSUM_VALIDATION").file("response_checksum_validation")
            .oneOfWhenResolved("when_supported", "when_required").defaultValue("when_supported").build();
    public static final ConfigOption<String> ACCOUNT_ID_ENDPOINT_MODE = string("account_id_endpoint_mode")
            .describe("Whether endpoints use the account id: preferred, disabled or required.")
            .env("AWS_ACCOUNT_ID_ENDPOINT_MODE").file("account_id_endpoint_mode")
            .oneOfWhenResolved("preferred", "disabled", "required").defaultValue("preferred").build();
    public static final ConfigOption<String> AUTH_SCHEME_PREFERENCE = string("auth_scheme_preference")
            .describe("Auth schemes to prefer, comma-separated (e.g. sigv4a,sigv4).")
            .env("AWS_AUTH_SCHEME_PREFERENCE").file("auth_scheme_preference").build();

    private static final List<ConfigOption<?>> ALL = List.of(REGION_NAME, SIGNATURE_VERSION, USER_AGENT,
            USER_AGENT_EXTRA, USER_AGENT_APPID, CONNECT_TIMEOUT, READ_TIMEOUT, PARAMETER_VALIDATION,
            MAX_POOL_CONNECTIONS, PROXIES, PROXIES_CONFIG, S3, S3_DISABLE_EXPRESS_SESSION_AUTH, RETRIES, CLIENT_CERT,
            INJECT_HOST_PREFIX, ENDPOINT_DISCOVERY_ENABLED, USE_DUALSTACK_ENDPOINT, USE_FIPS_ENDPOINT,
            IGNORE_CONFIGURED_ENDPOINT_URLS, DEFAULTS_MODE, TCP_KEEPALIVE, REQUEST_MIN_COMPRESSION_SIZE_BYTES,
            DISABLE_REQUEST_COMPRESSION, CLIENT_CONTEXT_PARAMS, SIGV4A_SIGNING_REGION_SET,
            REQUEST_CHECKSUM_CALCULATION, RESPONSE_CHECKSUM_VALIDATION, ACCOUNT_ID_ENDPOINT_MODE,
            AUTH_SCHEME_PREFERENCE);
    private static final Map<String, ConfigOption<?>> BY_NAME = index();

    private static Map<String, ConfigOption<?>> index() {
        Map<String, ConfigOption<?>> m = new LinkedHashMap<>();
        for (ConfigOption<?> o : ALL) {
            m.put(o.name(), o);
            for (ConfigOption<?> s : o.subOptions) {
                m.put(s.name(), s);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    // ---- the declarations' API ----

    /** Every top-level option, in botocore's order; dictionary options list their entries in {@link #subOptions}. */
    public static List<ConfigOption<?>> all() {
        return ALL;
    }

    /**
     * The option of a snake_case or kebab-case name; a sub-option by its dotted path ({@code retries.mode},
     * {@code s3.addressing-style}).
     */
    public static Optional<ConfigOption<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.replace('-', '_')));
    }

    /** The snake_case name, dotted under its dictionary for a sub-option: {@code connect_timeout}, {@code retries.mode}. */
    public String name() {
        return parent == null ? key : parent.key + "." + key;
    }

    /** The key of this option in its dictionary (or in {@link Config#toMap()}): {@code mode}, {@code connect_timeout}. */
    public String key() {
        return key;
    }

    /** The kebab-case name, as Spring properties spell it: {@code connect-timeout}, {@code retries.total-max-attempts}. */
    public String kebabName() {
        return name().replace('_', '-');
    }

    /** The dictionary option this entry belongs to, if it is a sub-option. */
    public Optional<ConfigOption<?>> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The Java type of the value: {@code String}, {@code Boolean}, {@code Integer}, {@code Duration}, {@code List}
     * (of String, for {@code client_cert}) or {@code Map} (for a dictionary; see {@link #subOptions}).
     */
    public Class<?> type() {
        return type.javaType();
    }

    /**
     * The value's type with its type arguments, as Spring's configuration metadata spells it:
     * {@code java.time.Duration}, {@code java.util.List<java.lang.String>},
     * {@code java.util.Map<java.lang.String,java.lang.String>}.
     */
    public String typeName() {
        return type.typeName();
    }

    /** The declared entries of a dictionary option (empty for other options). */
    public List<ConfigOption<?>> subOptions() {
        return subOptions;
    }

    /** Whether a dictionary option takes keys besides its sub-options (s3, proxies, client_context_params). */
    public boolean acceptsOtherKeys() {
        return otherKeysAllowed;
    }

    /** The environment variables that supply the option when the Config does not, in order. */
    public List<String> envVars() {
        return envVars;
    }

    /** The config-file keys that supply it, in order; a nested section's key is dotted ({@code s3.addressing_style}). */
    public List<String> configFileKeys() {
        return configFileKeys;
    }

    /** The name of its value in botocore's {@code sdk-default-configuration.json}, or null. */
    public String defaultsModeName() {
        return sessionKey == null ? null : sessionKey.defaultsModeName();
    }

    /** The value when nothing sets the option, or null. */
    public T defaultValue() {
        return defaultValue;
    }

    /** The values the option accepts, when it is one of a fixed set (empty otherwise). */
    public List<String> allowedValues() {
        return allowedValues;
    }

    public String description() {
        return description;
    }

    /**
     * A user's value as this option's type, checked: a value of the type, or its text ("5", "10s", "true",
     * "standard"); a dictionary's entries are converted by their sub-options (snake_case or kebab-case keys).
     *
     * @throws InvalidConfigError naming the option, the value and what it must be
     */
    public T convert(Object raw) {
        T v;
        try {
            v = type.fromConfig(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigError("Config option '" + name() + "': " + e.getMessage());
        }
        if (v instanceof Map<?, ?> entries && type == ValueType.MAP) {
            v = cast(convertEntries(entries));
        }
        if (allowedCheckedInConfig && !allowedValues.contains(String.valueOf(v))) {
            throw new InvalidConfigError("Config option '" + name() + "': '" + v + "' is not one of "
                    + String.join(", ", allowedValues));
        }
        if (atLeast != null && (Integer) v < atLeast) {
            throw new InvalidConfigError("Config option '" + name() + "': '" + v + "' is less than " + atLeast);
        }
        return v;
    }

    private Map<String, Object> convertEntries(Map<?, ?> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : in.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            ConfigOption<?> sub = subOption(k);
            if (sub != null) {
                if (v != null) {
                    out.put(sub.key, sub.convert(v));
                }
            } else if (otherKeysAllowed) {
                out.put(k, v);
            } else {
                throw unknown(name() + "." + k, subOptions.stream().map(ConfigOption::name).toList());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return name();
    }

    // ---- for Config and ClientConfigResolution ----

    /** The sub-option of a snake_case or kebab-case key, or null. */
    ConfigOption<?> subOption(String key) {
        String k = key.replace('-', '_');
        for (ConfigOption<?> s : subOptions) {
            if (s.key.equals(k)) {
                return s;
            }
        }
        return null;
    }

    /** The session variable (environment, files, defaults mode) behind this option, or null if Config-only. */
    ConfigKey<T> sessionKey() {
        return sessionKey;
    }

    Merge merge() {
        return merge;
    }

    /** The profile's nested section that seeds a dictionary option ({@code s3}), or null. */
    String fileSection() {
        return fileSection;
    }

    /** A dictionary's Config entries with the entries their aliases imply (max_attempts implies total_max_attempts). */
    Map<String, Object> withImpliedEntries(Map<String, Object> entries) {
        Map<String, Object> out = null;
        for (ConfigOption<?> s : subOptions) {
            if (s.implies != null && entries.containsKey(s.key) && !entries.containsKey(s.implies.key)) {
                out = out == null ? new LinkedHashMap<>(entries) : out;
                out.put(s.implies.key, s.implied(entries.get(s.key)));
            }
        }
        return out == null ? entries : out;
    }

    private Object implied(Object value) {
        return impliedValue.apply(value);
    }

    /** The option's checks and normalisation at resolution time, with botocore's messages. */
    T checkResolved(T value) {
        return value == null || resolvedCheck == null ? value : cast(resolvedCheck.apply(value));
    }

    /** A value produced by {@link #convert} or by this option's session variable, as {@code T}. */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        return (T) value;
    }

    /** A value of a dictionary entry from the files that a sub-option did not convert (none today), as {@code T}. */
    T fromEntry(Object value) {
        if (value == null || type.javaType().isInstance(value)) {
            return cast(value);
        }
        return sessionKey != null ? sessionKey.convert(value) : convert(value);
    }

    static InvalidConfigError unknown(String name, List<String> valid) {
        String normal = name.replace('-', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(normal, v);
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        String hint = best != null && bestDistance <= Math.max(2, normal.length() / 3)
                ? " (did you mean '" + best + "'?)" : "";
        return new InvalidConfigError("Unknown Config option '" + name + "'" + hint + "; valid options are " + valid);
    }

    private static int distance(String a, String b) {
        return ClosestNames.distance(a, b);   // one edit distance for every "did you mean"
    }

    // ---- checks with botocore's messages ----

    private static String checkRegion(String region) {
        if (!isHostLabel(region)) {
            throw new InvalidRegionError("Provided region_name '" + region + "' doesn't match a supported format.");
        }
        return region;
    }

    /**
     * botocore's region check, {@code ^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{,63}(?<!-)$}, by hand: a regex compiled here
     * would be compiled (with its look-arounds) by every process's first session. Unlike botocore, an empty name
     * and one ending in a line break are refused.
     */
    private static boolean isHostLabel(String s) {
        int n = s.length();
        if (n == 0 || n > 63 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
            return false;
        }
        boolean allDigits = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && c != '-' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
            allDigits &= digit;
        }
        return !allDigits;
    }

    private static Integer checkMinCompression(Integer size) {
        if (size < 1 || size > MAX_MIN_COMPRESSION_SIZE) {
            throw new InvalidConfigError("Invalid value \"" + size
                    + "\" for request_min_compression_size_bytes. Value must be between 1 and "
                    + MAX_MIN_COMPRESSION_SIZE + ".");
        }
        return size;
    }

    /** A defaults mode's {@code connectTimeoutInMillis}; zero or less means no smart default. */
    private static Duration positiveMillis(Object millis) {
        double ms = millis instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(millis));
        return ms > 0 ? Duration.ofNanos(Math.round(ms * 1_000_000)) : null;
    }

    /**
     * The declarations' checks, readers and implied values as one enum, not lambdas: every process's first session
     * initialises these declarations, where each lambda would spin a class of its own.
     */
    private enum Rule implements Function<Object, Object> {
        REGION, MIN_COMPRESSION, LOWER_CASE, POSITIVE_MILLIS, NEGATED_FLAG, PLUS_ONE;

        @Override
        public Object apply(Object v) {
            if (this == REGION) {
                return checkRegion((String) v);
            } else if (this == MIN_COMPRESSION) {
                return checkMinCompression((Integer) v);
            } else if (this == LOWER_CASE) {
                return ((String) v).toLowerCase(Locale.ROOT);
            } else if (this == POSITIVE_MILLIS) {
                return positiveMillis(v);
            } else if (this == NEGATED_FLAG) {
                return !ValueType.ensureBoolean(v);
            }
            return (Integer) v + 1;
        }
    }

    /** {@link Builder#oneOfWhenResolved}'s check: case-insensitive, with botocore's message. */
    private static final class OneOfWhenResolved implements Function<Object, Object> {
        private final List<String> allowed;
        private final String option;
        private final ValueType<?> type;

        OneOfWhenResolved(List<String> allowed, String option, ValueType<?> type) {
            this.allowed = allowed;
            this.option = option;
            this.type = type;
        }

        @Override
        public Object apply(Object value) {
            String v = String.valueOf(value).toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw new InvalidConfigError("Unsupported configuration value for " + option
                        + ". Expected one of " + allowed + " but got " + value + ".");
            }
            return type.fromFiles(v);
        }
    }

    /** How the environment's and the files' text is read: the reader, then the valid values when they are checked there. */
    private static final class FilesReader implements Function<Object, Object> {
        private final ValueType<?> type;
        private final Function<Object, ?> reader;
        private final List<String> allowed;

        FilesReader(ValueType<?> type, Function<Object, ?> reader, List<String> allowed) {
            this.type = type;
            this.reader = reader;
            this.allowed = allowed;
        }

        @Override
        public Object apply(Object raw) {
            Object v = reader != null ? reader.apply(raw) : type.fromFiles(raw);
            if (allowed != null && !allowed.contains(String.valueOf(v))) {
                throw new IllegalArgumentException("'" + v + "' is not one of " + String.join(", ", allowed));
            }
            return v;
        }
    }

    // ---- the declaration builder ----

    private static Builder<String> string(String key) {
        return new Builder<>(key, ValueType.STRING);
    }

    private static Builder<Boolean> bool(String key) {
        return new Builder<>(key, ValueType.BOOLEAN);
    }

    private static Builder<Integer> integer(String key) {
        return new Builder<>(key, ValueType.INTEGER);
    }

    private static <T> Builder<T> of(String key, ValueType<T> type) {
        return new Builder<>(key, type);
    }

    private static Builder<Map<String, Object>> dictionary(String key, Merge merge, ConfigOption<?>... entries) {
        Builder<Map<String, Object>> b = new Builder<>(key, ValueType.MAP);
        b.merge = merge;
        b.subOptions.addAll(List.of(entries));
        return b;
    }

    private static final class Builder<T> {
        private final String key;
        private final ValueType<T> type;
        private String description = "";
        private T defaultValue;
        private final List<String> allowedValues = new ArrayList<>();
        private boolean allowedCheckedInConfig;
        private boolean allowedCheckedInFiles;
        private Integer atLeast;
        private Function<Object, ?> resolvedCheck;
        private String sessionName;
        private final List<String> envVars = new ArrayList<>();
        private final List<String> fileKeys = new ArrayList<>();
        private Function<Object, ?> readFilesAs;
        private String defaultsModeName;
        private Function<Object, ?> defaultsModeValue;
        private final List<ConfigOption<?>> subOptions = new ArrayList<>();
        private boolean otherKeysAllowed;
        private Merge merge;
        private String fileSection;
        private ConfigOption<?> implies;
        private Function<Object, ?> impliedValue;

        private Builder(String key, ValueType<T> type) {
            this.key = key;
            this.type = type;
        }

        Builder<T> describe(String text) {
            this.description = text;
            return this;
        }

        Builder<T> defaultValue(T value) {
            this.defaultValue = value;
            return this;
        }

        /** Valid values, checked when the Config is built. */
        Builder<T> oneOf(String... values) {
            allowedValues.addAll(List.of(values));
            allowedCheckedInConfig = true;
            return this;
        }

        /** The valid values are checked in the environment and config file too. */
        Builder<T> checkedInFilesToo() {
            allowedCheckedInFiles = true;
            return this;
        }

        /** Valid values, checked (case-insensitively, with botocore's message) when a client resolves them. */
        Builder<T> oneOfWhenResolved(String... values) {
            allowedValues.addAll(List.of(values));
            return checkWhenResolved(new OneOfWhenResolved(List.copyOf(allowedValues), key, type));
        }

        Builder<T> atLeast(int min) {
            this.atLeast = min;
            return this;
        }

        Builder<T> checkWhenResolved(Function<Object, ?> check) {
            this.resolvedCheck = check;
            return this;
        }

        /** The session variable's name where it is not the option's (botocore's session variable names). */
        Builder<T> session(String name) {
            this.sessionName = name;
            return this;
        }

        Builder<T> env(String... names) {
            envVars.addAll(List.of(names));
            return this;
        }

        /** A config-file key; {@code "s3.addressing_style"} is a key of the profile's nested s3 section. */
        Builder<T> file(String fileKey) {
            fileKeys.add(fileKey);
            return this;
        }

        /** How the environment's and files' text means this option's value (e.g. a negated flag). */
        Builder<T> readFilesAs(Function<Object, ?> reader) {
            this.readFilesAs = reader;
            return this;
        }

        Builder<T> defaultsMode(String name) {
            this.defaultsModeName = name;
            return this;
        }

        Builder<T> defaultsMode(String name, Function<Object, ?> value) {
            this.defaultsModeName = name;
            this.defaultsModeValue = value;
            return this;
        }

        Builder<T> otherKeysAllowed() {
            this.otherKeysAllowed = true;
            return this;
        }

        Builder<T> fileSection(String section) {
            this.fileSection = section;
            return this;
        }

        /** In a Config's dictionary, this entry also sets {@code target} (unless given) to {@code value(this)}. */
        Builder<T> impliesInConfig(ConfigOption<?> target, Function<Object, ?> value) {
            this.implies = target;
            this.impliedValue = value;
            return this;
        }

        private ConfigKey<T> sessionKey() {
            if (envVars.isEmpty() && fileKeys.isEmpty() && defaultsModeName == null) {
                return null;
            }
            Function<Object, T> read = typed(new FilesReader(type, readFilesAs,
                    allowedCheckedInFiles ? List.copyOf(allowedValues) : null));
            ConfigKey.Builder<T> k = ConfigKey.of(sessionName != null ? sessionName : key, read)
                    .env(envVars.toArray(new String[0]));
            for (String f : fileKeys) {
                k.profile(f.split("\\."));
            }
            if (defaultsModeName != null) {
                k.defaultsMode(defaultsModeName, defaultsModeValue != null ? typed(defaultsModeValue) : read);
            }
            if (readFilesAs == null) {
                k.defaultValue(defaultValue);
            }
            return k.build();
        }

        ConfigOption<T> build() {
            return new ConfigOption<>(this);
        }

        /** A rule as the session variable's reader: the rules give values of the option's type. */
        @SuppressWarnings("unchecked")
        private static <T> Function<Object, T> typed(Function<Object, ?> rule) {
            return (Function<Object, T>) rule;
        }
    }
}
