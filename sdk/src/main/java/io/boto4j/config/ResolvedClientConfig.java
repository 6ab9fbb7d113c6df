package io.boto4j.config;

import java.util.Collections;
import java.util.Map;

/**
 * The effective settings of one client: the user's {@link Config} merged with session values, environment,
 * profile and (smart) defaults, as botocore's {@code ClientArgsCreator} computes them. Every {@link ConfigOption}
 * has its value here, read typed with {@link #get}: {@code get(ConfigOption.CONNECT_TIMEOUT)} is a
 * {@code Duration}, {@code get(ConfigOption.S3_USE_ARN_REGION)} a {@code Boolean} (null when nothing sets it).
 * Besides the options, a client has its endpoint URL, {@code sts_regional_endpoints} and {@code ca_bundle}.
 */
public final class ResolvedClientConfig {
    private final Map<ConfigOption<?>, Object> values;
    private final String endpointUrl;
    private final String stsRegionalEndpoints;
    private final String caBundle;

    ResolvedClientConfig(Map<ConfigOption<?>, Object> values, String endpointUrl, String stsRegionalEndpoints,
                         String caBundle) {
        this.values = Collections.unmodifiableMap(values);
        this.endpointUrl = endpointUrl;
        this.stsRegionalEndpoints = stsRegionalEndpoints;
        this.caBundle = caBundle;
    }

    /**
     * The effective value of an option: the explicit client argument (region), the Config, the session and its
     * sources, the defaults mode, or the option's default; for a sub-option, its dictionary's entry. Null when none.
     */
    public <T> T get(ConfigOption<T> option) {
        ConfigOption<?> parent = option.parent().orElse(null);
        if (parent == null) {
            return option.cast(values.get(option));
        }
        Object entries = values.get(parent);
        return entries instanceof Map<?, ?> m ? option.fromEntry(m.get(option.key())) : null;
    }

    /** The region: the client argument, Config, then the chain; null if none. */
    public String regionName() {
        return get(ConfigOption.REGION_NAME);
    }

    /** The endpoint URL given in code, else the configured one; null for the rule set's. */
    public String endpointUrl() {
        return endpointUrl;
    }

    /** legacy, standard or adaptive. */
    public String retryMode() {
        return get(ConfigOption.RETRIES_MODE);
    }

    /** Total attempts including the first; null means the retry mode's own default. */
    public Integer totalMaxAttempts() {
        return get(ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS);
    }

    /** The resolved mode ({@code auto} resolved to a concrete one). */
    public String defaultsMode() {
        return get(ConfigOption.DEFAULTS_MODE);
    }

    /** botocore's s3 dictionary (profile nested section, env, Config.s3); null if empty. */
    public Map<String, Object> s3() {
        return get(ConfigOption.S3);
    }

    /** The S3 addressing style: {@code auto} unless configured. */
    public String s3AddressingStyle() {
        Map<String, Object> s3 = s3();
        Object v = s3 == null ? null : s3.get("addressing_style");
        return v == null ? "auto" : String.valueOf(v);
    }

    /** regional or legacy. */
    public String stsRegionalEndpoints() {
        return stsRegionalEndpoints;
    }

    /** The CA bundle path from the environment or the profile, unexpanded; null if none. */
    public String caBundle() {
        return caBundle;
    }

    @Override
    public String toString() {
        return "ResolvedClientConfig[region=" + regionName() + ", endpointUrl=" + endpointUrl + ", retryMode="
                + retryMode() + ", totalMaxAttempts=" + totalMaxAttempts() + ", defaultsMode=" + defaultsMode() + "]";
    }
}
