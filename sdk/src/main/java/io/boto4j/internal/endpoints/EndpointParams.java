package io.boto4j.internal.endpoints;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The client-level inputs of endpoint resolution, as plain values: region, FIPS/dual-stack, a configured
 * endpoint URL, account id and mode, client context params, and the built-ins a service's customization sets
 * from its own configuration. {@link #builtIns()} turns them into rule-set built-ins with botocore's rules (an
 * endpoint URL turns FIPS and dual-stack off). Build once per client; it is immutable.
 */
public final class EndpointParams {
    private static final Set<String> LEGACY_GLOBAL_STS_REGIONS = Set.of("ap-northeast-1", "ap-south-1",
            "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1", "eu-central-1", "eu-north-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2");

    private final Map<String, Object> builtIns;
    private final Map<String, Object> clientContext;
    private final boolean useSsl;

    private EndpointParams(Builder b) {
        Map<String, Object> m = new HashMap<>();
        String stsRegional = b.stsRegionalEndpoints == null ? "regional" : b.stsRegionalEndpoints;
        checkRegionalConfig("sts_regional_endpoints", stsRegional);
        put(m, BuiltIns.REGION, b.region);
        put(m, BuiltIns.USE_FIPS, b.endpointUrl == null && Boolean.TRUE.equals(b.useFips));
        put(m, BuiltIns.USE_DUALSTACK, b.endpointUrl == null && Boolean.TRUE.equals(b.useDualStack));
        put(m, BuiltIns.STS_USE_GLOBAL_ENDPOINT, b.endpointUrl == null && "legacy".equals(stsRegional)
                && b.region != null && LEGACY_GLOBAL_STS_REGIONS.contains(b.region));
        put(m, BuiltIns.ENDPOINT, b.endpointUrl);
        put(m, BuiltIns.ACCOUNT_ID, b.accountId);
        put(m, BuiltIns.ACCOUNT_ID_ENDPOINT_MODE, b.accountIdEndpointMode);
        for (Map.Entry<String, Object> e : b.serviceBuiltIns.entrySet()) {
            put(m, e.getKey(), e.getValue());
        }
        this.builtIns = Collections.unmodifiableMap(m);
        this.clientContext = Collections.unmodifiableMap(new LinkedHashMap<>(b.clientContext));
        this.useSsl = b.useSsl;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static void checkRegionalConfig(String name, String value) {
        if (!"legacy".equals(value) && !"regional".equals(value)) {
            throw new io.boto4j.exception.InvalidConfigError("Invalid value '" + value + "' for " + name
                    + ": valid values are 'legacy' and 'regional'");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Built-in name ({@link BuiltIns}) to value; unset ones are absent. */
    public Map<String, Object> builtIns() {
        return builtIns;
    }

    /** Client context params by snake_case name (as {@code Config.clientContextParams} gives them). */
    public Map<String, Object> clientContext() {
        return clientContext;
    }

    /** False when the client was told not to use TLS: https endpoints become http (unless from SDK::Endpoint). */
    public boolean useSsl() {
        return useSsl;
    }

    public static final class Builder {
        private String region;
        private Boolean useFips;
        private Boolean useDualStack;
        private String endpointUrl;
        private String stsRegionalEndpoints;
        private String accountId;
        private String accountIdEndpointMode;
        private boolean useSsl = true;
        private final Map<String, Object> clientContext = new LinkedHashMap<>();
        private final Map<String, Object> serviceBuiltIns = new LinkedHashMap<>();

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder useFips(Boolean useFips) {
            this.useFips = useFips;
            return this;
        }

        public Builder useDualStack(Boolean useDualStack) {
            this.useDualStack = useDualStack;
            return this;
        }

        /** The client's {@code endpoint_url}. */
        public Builder endpointUrl(String endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        /** {@code sts_regional_endpoints}: regional (default) or legacy. */
        public Builder stsRegionalEndpoints(String value) {
            this.stsRegionalEndpoints = value;
            return this;
        }

        /**
         * A built-in a service's customization sets from its own configuration ({@code AWS::<Service>::...}),
         * or a generic one it overrides; applied after the generic ones, null values left out.
         */
        public Builder builtIn(String name, Object value) {
            serviceBuiltIns.put(name, value);
            return this;
        }

        /** {@link #builtIn} for each entry. */
        public Builder builtIns(Map<String, ?> builtIns) {
            for (Map.Entry<String, ?> e : builtIns.entrySet()) {
                builtIn(e.getKey(), e.getValue());
            }
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /** preferred, disabled or required. */
        public Builder accountIdEndpointMode(String mode) {
            this.accountIdEndpointMode = mode;
            return this;
        }

        public Builder useSsl(boolean useSsl) {
            this.useSsl = useSsl;
            return this;
        }

        /** Adds client context params by snake_case name ({@code Config.clientContextParams}). */
        public Builder clientContextParams(Map<String, ?> params) {
            if (params != null) {
                clientContext.putAll(params);
            }
            return this;
        }

        public EndpointParams build() {
            return new EndpointParams(this);
        }
    }
}
