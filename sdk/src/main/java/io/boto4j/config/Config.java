package io.boto4j.config;

import io.boto4j.exception.InvalidConfigError;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Client options, as botocore's {@code Config}: every option is unset until the user sets it, and only set options
 * take part in {@link #merge} and beat the environment and the config file. Builder methods are camelCase; the same
 * options are accepted as boto3's snake_case keys by {@link #fromMap}. Immutable.
 *
 * <pre>{@code
 * Config cfg = Config.builder().regionName("us-west-2").retries(Map.of("max_attempts", 10, "mode", "standard")).build();
 * Config same = Config.fromMap(Map.of("region_name", "us-west-2", "retries", Map.of("max_attempts", 10, "mode", "standard")));
 * }</pre>
 */
public final class Config {
    /** The {@code signature_version} that turns signing off, botocore's {@code UNSIGNED}. */
    public static final String UNSIGNED = "UNSIGNED";

    private static final Config EMPTY = new Config(Map.of());

    private final Map<String, Object> options;

    private Config(Map<String, Object> options) {
        this.options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Config empty() {
        return EMPTY;
    }

    /**
     * Builds a Config from boto3's snake_case option names (kebab-case too), nested maps for dictionaries, and
     * values of each option's type or their text ("5", "10s", "standard"); an unknown name or a refused value is an
     * error naming the option.
     */
    public static Config fromMap(Map<String, ?> snakeCaseOptions) {
        Builder b = builder();
        snakeCaseOptions.forEach(b::option);
        return b.build();
    }

    /** A new Config with this one's set options, overridden by {@code other}'s set options. */
    public Config merge(Config other) {
        Builder b = toBuilder();
        other.options.forEach(b::option);
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(options);
        return b;
    }

    /** The user-set options under their snake_case names, in the order they were set. */
    public Map<String, Object> toMap() {
        return options;
    }

    /** Whether the user set this option (snake_case name). */
    public boolean isSet(String option) {
        return options.containsKey(option);
    }

    /** The value of a set option by snake_case name, or null; prefer the typed {@link #get(ConfigOption)}. */
    public Object get(String option) {
        return options.get(option);
    }

    /**
     * The value of a set option, typed by its declaration; for a sub-option ({@link ConfigOption#RETRIES_MODE}) the
     * entry of its dictionary. Null when unset: unlike a resolved client config, no default is applied.
     */
    public <T> T get(ConfigOption<T> option) {
        ConfigOption<?> parent = option.parent().orElse(null);
        if (parent == null) {
            return option.cast(options.get(option.key()));
        }
        Object entries = options.get(parent.key());
        return entries instanceof Map<?, ?> m ? option.cast(m.get(option.key())) : null;
    }

    public String regionName() { return get(ConfigOption.REGION_NAME); }
    public String signatureVersion() { return get(ConfigOption.SIGNATURE_VERSION); }
    public String userAgent() { return get(ConfigOption.USER_AGENT); }
    public String userAgentExtra() { return get(ConfigOption.USER_AGENT_EXTRA); }
    public String userAgentAppid() { return get(ConfigOption.USER_AGENT_APPID); }
    /** Connect timeout; unset means 60 s in legacy defaults mode, the mode's smart default otherwise. */
    public Duration connectTimeout() { return get(ConfigOption.CONNECT_TIMEOUT); }
    /** Read timeout; unset means 60 s. */
    public Duration readTimeout() { return get(ConfigOption.READ_TIMEOUT); }
    public Boolean parameterValidation() { return get(ConfigOption.PARAMETER_VALIDATION); }
    public Integer maxPoolConnections() { return get(ConfigOption.MAX_POOL_CONNECTIONS); }
    public Map<String, String> proxies() { return get(ConfigOption.PROXIES); }
    public Map<String, Object> proxiesConfig() { return get(ConfigOption.PROXIES_CONFIG); }
    /** The s3 dictionary; its declared entries are typed, read them with {@code get(ConfigOption.S3_...)}. */
    public Map<String, Object> s3() { return get(ConfigOption.S3); }
    /** The retries dictionary; read its entries with {@code get(ConfigOption.RETRIES_...)}. */
    public Map<String, Object> retries() { return get(ConfigOption.RETRIES); }
    /** A certificate path, or (certificate path, key path). */
    public List<String> clientCert() { return get(ConfigOption.CLIENT_CERT); }
    public Boolean injectHostPrefix() { return get(ConfigOption.INJECT_HOST_PREFIX); }
    /** {@code true}, {@code false} or {@code auto}. */
    public String endpointDiscoveryEnabled() { return get(ConfigOption.ENDPOINT_DISCOVERY_ENABLED); }
    public Boolean useDualstackEndpoint() { return get(ConfigOption.USE_DUALSTACK_ENDPOINT); }
    public Boolean useFipsEndpoint() { return get(ConfigOption.USE_FIPS_ENDPOINT); }
    public Boolean ignoreConfiguredEndpointUrls() { return get(ConfigOption.IGNORE_CONFIGURED_ENDPOINT_URLS); }
    public String defaultsMode() { return get(ConfigOption.DEFAULTS_MODE); }
    public Boolean tcpKeepalive() { return get(ConfigOption.TCP_KEEPALIVE); }
    public Integer requestMinCompressionSizeBytes() { return get(ConfigOption.REQUEST_MIN_COMPRESSION_SIZE_BYTES); }
    public Boolean disableRequestCompression() { return get(ConfigOption.DISABLE_REQUEST_COMPRESSION); }
    public Map<String, Object> clientContextParams() { return get(ConfigOption.CLIENT_CONTEXT_PARAMS); }
    public String sigv4aSigningRegionSet() { return get(ConfigOption.SIGV4A_SIGNING_REGION_SET); }
    public String requestChecksumCalculation() { return get(ConfigOption.REQUEST_CHECKSUM_CALCULATION); }
    public String responseChecksumValidation() { return get(ConfigOption.RESPONSE_CHECKSUM_VALIDATION); }
    public String accountIdEndpointMode() { return get(ConfigOption.ACCOUNT_ID_ENDPOINT_MODE); }
    public String authSchemePreference() { return get(ConfigOption.AUTH_SCHEME_PREFERENCE); }
    public Boolean s3DisableExpressSessionAuth() { return get(ConfigOption.S3_DISABLE_EXPRESS_SESSION_AUTH); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config c && c.options.equals(options);
    }

    @Override
    public int hashCode() {
        return options.hashCode();
    }

    @Override
    public String toString() {
        // proxies may embed user:password in their URLs
        Map<String, Object> shown = new LinkedHashMap<>(options);
        if (shown.containsKey("proxies")) {
            shown.put("proxies", "****");
        }
        return "Config" + shown;
    }

    /** Collects options; each setter validates its value. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets an option by its snake_case or kebab-case name, converting the value by the option's declaration
         * (a value of its type, or text such as "5", "10s", "true", "standard"); a dictionary's entries may be
         * given one by one under a dotted name ({@code retries.mode}). Null unsets it.
         *
         * @throws InvalidConfigError for an unknown name (suggesting the closest) or a value the option refuses
         */
        public Builder option(String name, Object value) {
            ConfigOption<?> option = ConfigOption.named(name).orElse(null);
            if (option == null) {
                throw ConfigOption.unknown(name, ConfigOption.all().stream().map(ConfigOption::name).toList());
            }
            return put(option, value);
        }

        /** Sets an option (or one entry of a dictionary option) by its declaration; null unsets it. */
        public <T> Builder set(ConfigOption<T> option, T value) {
            return put(option, value);
        }

        private Builder put(ConfigOption<?> option, Object value) {
            ConfigOption<?> parent = option.parent().orElse(null);
            if (parent == null) {
                if (value == null) {
                    values.remove(option.key());
                } else {
                    values.put(option.key(), option.convert(value));
                }
                return this;
            }
            Map<String, Object> entries = new LinkedHashMap<>();
            if (values.get(parent.key()) instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    entries.put(String.valueOf(e.getKey()), e.getValue());
                }
            }
            if (value == null) {
                entries.remove(option.key());
            } else {
                entries.put(option.key(), value);
            }
            return put(parent, entries.isEmpty() ? null : entries);
        }

        public Builder regionName(String v) { return option("region_name", v); }
        /** A signer name such as {@code v4} or {@code s3v4}, or {@link Config#UNSIGNED}. */
        public Builder signatureVersion(String v) { return option("signature_version", v); }
        public Builder userAgent(String v) { return option("user_agent", v); }
        public Builder userAgentExtra(String v) { return option("user_agent_extra", v); }
        public Builder userAgentAppid(String v) { return option("user_agent_appid", v); }
        public Builder connectTimeout(Duration v) { return option("connect_timeout", v); }
        public Builder readTimeout(Duration v) { return option("read_timeout", v); }
        public Builder parameterValidation(boolean v) { return option("parameter_validation", v); }
        public Builder maxPoolConnections(int v) { return option("max_pool_connections", v); }
        public Builder proxies(Map<String, String> v) { return option("proxies", v); }
        /** Keys {@code proxy_ca_bundle}, {@code proxy_client_cert}, {@code proxy_use_forwarding_for_https}. */
        public Builder proxiesConfig(Map<String, ?> v) { return option("proxies_config", v); }
        /** Keys {@code addressing_style} (auto, virtual, path), {@code use_accelerate_endpoint}, {@code payload_signing_enabled}, {@code us_east_1_regional_endpoint}, {@code use_arn_region}, ... */
        public Builder s3(Map<String, ?> v) { return option("s3", v); }
        /** Keys {@code total_max_attempts} (at least 1; wins), {@code max_attempts} (retries after the first), {@code mode}. */
        public Builder retries(Map<String, ?> v) { return option("retries", v); }
        public Builder clientCert(String certPath) { return option("client_cert", certPath); }
        public Builder clientCert(String certPath, String keyPath) { return option("client_cert", List.of(certPath, keyPath)); }
        public Builder injectHostPrefix(boolean v) { return option("inject_host_prefix", v); }
        public Builder endpointDiscoveryEnabled(Object booleanOrAuto) { return option("endpoint_discovery_enabled", booleanOrAuto); }
        public Builder useDualstackEndpoint(boolean v) { return option("use_dualstack_endpoint", v); }
        public Builder useFipsEndpoint(boolean v) { return option("use_fips_endpoint", v); }
        public Builder ignoreConfiguredEndpointUrls(boolean v) { return option("ignore_configured_endpoint_urls", v); }
        /** {@code legacy}, {@code standard}, {@code in-region}, {@code cross-region}, {@code mobile} or {@code auto}. */
        public Builder defaultsMode(String v) { return option("defaults_mode", v); }
        public Builder tcpKeepalive(boolean v) { return option("tcp_keepalive", v); }
        public Builder requestMinCompressionSizeBytes(int v) { return option("request_min_compression_size_bytes", v); }
        public Builder disableRequestCompression(boolean v) { return option("disable_request_compression", v); }
        public Builder clientContextParams(Map<String, ?> v) { return option("client_context_params", v); }
        public Builder sigv4aSigningRegionSet(String v) { return option("sigv4a_signing_region_set", v); }
        public Builder requestChecksumCalculation(String v) { return option("request_checksum_calculation", v); }
        public Builder responseChecksumValidation(String v) { return option("response_checksum_validation", v); }
        public Builder accountIdEndpointMode(String v) { return option("account_id_endpoint_mode", v); }
        public Builder authSchemePreference(String v) { return option("auth_scheme_preference", v); }
        public Builder s3DisableExpressSessionAuth(boolean v) { return option("s3_disable_express_session_auth", v); }

        public Config build() {
            return new Config(values);
        }
    }

    /** Every top-level option name, snake_case, in botocore's order. */
    public static Set<String> optionNames() {
        Set<String> names = new LinkedHashSet<>();
        ConfigOption.all().forEach(o -> names.add(o.name()));
        return Collections.unmodifiableSet(names);
    }

    /** Every option's declaration (name, type, sub-options, env vars, config-file keys, default, description). */
    public static List<ConfigOption<?>> options() {
        return ConfigOption.all();
    }
}
