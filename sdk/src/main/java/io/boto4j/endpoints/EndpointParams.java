package io.boto4j.endpoints;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The client-level inputs of endpoint resolution, as plain values: region, FIPS/dual-stack, a configured
 * endpoint URL, S3 options, account id and mode, client context params. {@link #builtIns()} turns them into
 * rule-set built-ins with botocore's rules (an endpoint URL turns FIPS and dual-stack off; accelerate or a custom
 * endpoint change what path-style means; us-east-1 uses the global S3 endpoint unless regional is asked for).
 * Build once per client; it is immutable.
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
        boolean accelerate = Boolean.TRUE.equals(b.accelerate);
        boolean forcePathStyle;
        if (accelerate) {
            forcePathStyle = false;
        } else if (b.endpointUrl != null && !isS3AccelerateUrl(b.endpointUrl)) {
            forcePathStyle = !"virtual".equals(b.addressingStyle);
        } else {
            forcePathStyle = "path".equals(b.addressingStyle);
        }
        String s3Regional = b.s3UsEast1RegionalEndpoint == null ? "legacy" : b.s3UsEast1RegionalEndpoint;
        checkRegionalConfig("s3 us_east_1_regional_endpoint", s3Regional);
        String stsRegional = b.stsRegionalEndpoints == null ? "regional" : b.stsRegionalEndpoints;
        checkRegionalConfig("sts_regional_endpoints", stsRegional);
        put(m, BuiltIns.REGION, b.region);
        put(m, BuiltIns.USE_FIPS, b.endpointUrl == null && Boolean.TRUE.equals(b.useFips));
        put(m, BuiltIns.USE_DUALSTACK, b.endpointUrl == null && Boolean.TRUE.equals(b.useDualStack));
        put(m, BuiltIns.STS_USE_GLOBAL_ENDPOINT, b.endpointUrl == null && "legacy".equals(stsRegional)
                && b.region != null && LEGACY_GLOBAL_STS_REGIONS.contains(b.region));
        put(m, BuiltIns.S3_USE_GLOBAL_ENDPOINT, "legacy".equals(s3Regional)
                && (b.region == null || "us-east-1".equals(b.region)));
        put(m, BuiltIns.S3_ACCELERATE, accelerate);
        put(m, BuiltIns.S3_FORCE_PATH_STYLE, forcePathStyle);
        put(m, BuiltIns.S3_USE_ARN_REGION, b.useArnRegion == null || b.useArnRegion);
        put(m, BuiltIns.S3CONTROL_USE_ARN_REGION, b.useArnRegion != null && b.useArnRegion);
        put(m, BuiltIns.S3_DISABLE_MRAP, Boolean.TRUE.equals(b.disableMultiRegionAccessPoints));
        put(m, BuiltIns.S3_DISABLE_EXPRESS_SESSION_AUTH, b.disableS3ExpressSessionAuth);
        put(m, BuiltIns.ENDPOINT, b.endpointUrl);
        put(m, BuiltIns.ACCOUNT_ID, b.accountId);
        put(m, BuiltIns.ACCOUNT_ID_ENDPOINT_MODE, b.accountIdEndpointMode);
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

    private static boolean isS3AccelerateUrl(String url) {
        int start = url.indexOf("://");
        String host = url.substring(start < 0 ? 0 : start + 3);
        int end = host.indexOf('/');
        host = end < 0 ? host : host.substring(0, end);
        int colon = host.indexOf(':');
        host = colon < 0 ? host : host.substring(0, colon);
        if (!host.endsWith(".amazonaws.com")) {
            return false;
        }
        String[] parts = host.split("\\.");
        if (parts.length < 3 || !parts[0].equals("s3-accelerate")) {
            return false;
        }
        for (int i = 1; i < parts.length - 2; i++) {
            if (!parts[i].equals("dualstack")) {
                return false;
            }
        }
        return true;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Built-in name ({@link BuiltIns}) to value; unset ones are absent. */
    public Map<String, Object> builtIns() {
        return builtIns;
    }

    /** Client context params by snake_case name (as {@code Config.clientContextParams} and S3 config give them). */
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
        private String addressingStyle;
        private Boolean accelerate;
        private Boolean useArnRegion;
        private Boolean disableMultiRegionAccessPoints;
        private String s3UsEast1RegionalEndpoint;
        private String stsRegionalEndpoints;
        private Boolean disableS3ExpressSessionAuth;
        private String accountId;
        private String accountIdEndpointMode;
        private boolean useSsl = true;
        private final Map<String, Object> clientContext = new LinkedHashMap<>();

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

        /** S3 {@code addressing_style}: auto, virtual or path. */
        public Builder addressingStyle(String addressingStyle) {
            if (addressingStyle != null && !Set.of("auto", "virtual", "path").contains(addressingStyle)) {
                throw new io.boto4j.exception.InvalidConfigError("Invalid s3 addressing_style '" + addressingStyle
                        + "': valid values are auto, virtual and path");
            }
            this.addressingStyle = addressingStyle;
            return this;
        }

        public Builder accelerate(Boolean accelerate) {
            this.accelerate = accelerate;
            return this;
        }

        /** S3 {@code use_arn_region} (S3 defaults to true, S3 Control to false when unset). */
        public Builder useArnRegion(Boolean useArnRegion) {
            this.useArnRegion = useArnRegion;
            return this;
        }

        public Builder disableMultiRegionAccessPoints(Boolean disable) {
            this.disableMultiRegionAccessPoints = disable;
            return this;
        }

        /** S3 {@code us_east_1_regional_endpoint}: legacy (default) or regional. */
        public Builder s3UsEast1RegionalEndpoint(String value) {
            this.s3UsEast1RegionalEndpoint = value;
            return this;
        }

        /** {@code sts_regional_endpoints}: regional (default) or legacy. */
        public Builder stsRegionalEndpoints(String value) {
            this.stsRegionalEndpoints = value;
            return this;
        }

        public Builder disableS3ExpressSessionAuth(Boolean disable) {
            this.disableS3ExpressSessionAuth = disable;
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

        /** Adds client context params by snake_case name ({@code Config.clientContextParams}, S3 config keys). */
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
