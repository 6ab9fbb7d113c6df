package io.boto4j.config;

import io.boto4j.exception.InvalidConfigError;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    /** Builds a Config from boto3's snake_case option names; an unknown name is an error naming it. */
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

    /** The raw value of a set option, or null. */
    public Object get(String option) {
        return options.get(option);
    }

    public String regionName() { return (String) options.get("region_name"); }
    public String signatureVersion() { return (String) options.get("signature_version"); }
    public String userAgent() { return (String) options.get("user_agent"); }
    public String userAgentExtra() { return (String) options.get("user_agent_extra"); }
    public String userAgentAppid() { return (String) options.get("user_agent_appid"); }
    /** Connect timeout; unset means 60 s in legacy defaults mode, the mode's smart default otherwise. */
    public Duration connectTimeout() { return (Duration) options.get("connect_timeout"); }
    /** Read timeout; unset means 60 s. */
    public Duration readTimeout() { return (Duration) options.get("read_timeout"); }
    public Boolean parameterValidation() { return (Boolean) options.get("parameter_validation"); }
    public Integer maxPoolConnections() { return (Integer) options.get("max_pool_connections"); }
    @SuppressWarnings("unchecked")
    public Map<String, String> proxies() { return (Map<String, String>) options.get("proxies"); }
    @SuppressWarnings("unchecked")
    public Map<String, Object> proxiesConfig() { return (Map<String, Object>) options.get("proxies_config"); }
    @SuppressWarnings("unchecked")
    public Map<String, Object> s3() { return (Map<String, Object>) options.get("s3"); }
    @SuppressWarnings("unchecked")
    public Map<String, Object> retries() { return (Map<String, Object>) options.get("retries"); }
    /** A certificate path, or a list of (certificate path, key path). */
    public Object clientCert() { return options.get("client_cert"); }
    public Boolean injectHostPrefix() { return (Boolean) options.get("inject_host_prefix"); }
    /** {@code Boolean} or the string {@code "auto"}. */
    public Object endpointDiscoveryEnabled() { return options.get("endpoint_discovery_enabled"); }
    public Boolean useDualstackEndpoint() { return (Boolean) options.get("use_dualstack_endpoint"); }
    public Boolean useFipsEndpoint() { return (Boolean) options.get("use_fips_endpoint"); }
    public Boolean ignoreConfiguredEndpointUrls() { return (Boolean) options.get("ignore_configured_endpoint_urls"); }
    public String defaultsMode() { return (String) options.get("defaults_mode"); }
    public Boolean tcpKeepalive() { return (Boolean) options.get("tcp_keepalive"); }
    public Integer requestMinCompressionSizeBytes() { return (Integer) options.get("request_min_compression_size_bytes"); }
    public Boolean disableRequestCompression() { return (Boolean) options.get("disable_request_compression"); }
    @SuppressWarnings("unchecked")
    public Map<String, Object> clientContextParams() { return (Map<String, Object>) options.get("client_context_params"); }
    public String sigv4aSigningRegionSet() { return (String) options.get("sigv4a_signing_region_set"); }
    public String requestChecksumCalculation() { return (String) options.get("request_checksum_calculation"); }
    public String responseChecksumValidation() { return (String) options.get("response_checksum_validation"); }
    public String accountIdEndpointMode() { return (String) options.get("account_id_endpoint_mode"); }
    public String authSchemePreference() { return (String) options.get("auth_scheme_preference"); }
    public Boolean s3DisableExpressSessionAuth() { return (Boolean) options.get("s3_disable_express_session_auth"); }

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

        /** Sets an option by its snake_case name, converting the value as boto3 would accept it. */
        public Builder option(String name, Object value) {
            if (!ConfigOptions.NAMES.contains(name)) {
                throw new InvalidConfigError("Unknown Config option '" + name + "'; valid options are "
                        + ConfigOptions.NAMES);
            }
            if (value == null) {
                values.remove(name);
                return this;
            }
            values.put(name, ConfigOptions.convert(name, value));
            return this;
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

    /** Every option name, for callers that enumerate them (e.g. property binders). */
    public static Set<String> optionNames() {
        return ConfigOptions.NAMES;
    }
}
