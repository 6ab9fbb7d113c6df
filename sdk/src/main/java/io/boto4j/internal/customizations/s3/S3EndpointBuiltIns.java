package io.boto4j.internal.customizations.s3;

import io.boto4j.config.ConfigOption;
import io.boto4j.config.ResolvedClientConfig;
import io.boto4j.internal.endpoints.BuiltIns;
import io.boto4j.exception.InvalidConfigError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code s3} configuration dictionary as S3's rule-set built-ins, with botocore's rules: accelerate or a
 * custom endpoint change what path-style means; us-east-1 uses the global endpoint unless regional is asked
 * for; {@code use_dualstack_endpoint} turns dual-stack on (unless an endpoint URL is given). S3 Control reads
 * only {@code use_arn_region} ({@link #forS3Control}).
 */
public final class S3EndpointBuiltIns {
    static final String USE_GLOBAL_ENDPOINT = "AWS::S3::UseGlobalEndpoint";
    static final String ACCELERATE = "AWS::S3::Accelerate";
    static final String FORCE_PATH_STYLE = "AWS::S3::ForcePathStyle";
    static final String USE_ARN_REGION = "AWS::S3::UseArnRegion";
    static final String DISABLE_EXPRESS_SESSION_AUTH = "AWS::S3::DisableS3ExpressSessionAuth";
    static final String DISABLE_MRAP = "AWS::S3::DisableMultiRegionAccessPoints";
    static final String CONTROL_USE_ARN_REGION = "AWS::S3Control::UseArnRegion";
    private static final Set<String> ADDRESSING_STYLES = Set.of("auto", "virtual", "path");

    private S3EndpointBuiltIns() {
    }

    /** The built-ins of an S3 client with this effective configuration. */
    static Map<String, Object> of(ResolvedClientConfig cfg, String region) {
        Map<String, Object> s3 = cfg.s3() == null ? Map.of() : cfg.s3();
        return of(s3, cfg.s3() == null ? null : cfg.s3AddressingStyle(), cfg.endpointUrl(), region,
                cfg.get(ConfigOption.USE_DUALSTACK_ENDPOINT), cfg.get(ConfigOption.S3_DISABLE_EXPRESS_SESSION_AUTH));
    }

    /**
     * @param s3              the {@code s3} dictionary (empty when none is configured)
     * @param addressingStyle auto, virtual, path, or null
     * @param endpointUrl     the client's {@code endpoint_url}, or null
     * @param useDualstack    the client's own {@code use_dualstack_endpoint}
     * @param disableExpressSessionAuth null when not configured
     */
    public static Map<String, Object> of(Map<String, ?> s3, String addressingStyle, String endpointUrl, String region,
                                         boolean useDualstack, Boolean disableExpressSessionAuth) {
        if (addressingStyle != null && !ADDRESSING_STYLES.contains(addressingStyle)) {
            throw new InvalidConfigError("Invalid s3 addressing_style '" + addressingStyle
                    + "': valid values are auto, virtual and path");
        }
        boolean accelerate = Boolean.TRUE.equals(s3.get("use_accelerate_endpoint"));
        boolean forcePathStyle;
        if (accelerate) {
            forcePathStyle = false;
        } else if (endpointUrl != null && !isAccelerateUrl(endpointUrl)) {
            forcePathStyle = !"virtual".equals(addressingStyle);
        } else {
            forcePathStyle = "path".equals(addressingStyle);
        }
        Object regional = s3.get("us_east_1_regional_endpoint");
        String usEast1 = regional == null ? "legacy" : String.valueOf(regional);
        if (!"legacy".equals(usEast1) && !"regional".equals(usEast1)) {
            throw new InvalidConfigError("Invalid value '" + usEast1 + "' for s3 us_east_1_regional_endpoint"
                    + ": valid values are 'legacy' and 'regional'");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (endpointUrl == null && (useDualstack || Boolean.TRUE.equals(s3.get("use_dualstack_endpoint")))) {
            m.put(BuiltIns.USE_DUALSTACK, true);
        }
        m.put(USE_GLOBAL_ENDPOINT, "legacy".equals(usEast1) && (region == null || "us-east-1".equals(region)));
        m.put(ACCELERATE, accelerate);
        m.put(FORCE_PATH_STYLE, forcePathStyle);
        m.put(USE_ARN_REGION, !(s3.get("use_arn_region") instanceof Boolean b) || b);
        m.put(DISABLE_MRAP, Boolean.TRUE.equals(s3.get("s3_disable_multiregion_access_points")));
        if (disableExpressSessionAuth != null) {
            m.put(DISABLE_EXPRESS_SESSION_AUTH, disableExpressSessionAuth);
        }
        return m;
    }

    /** S3 Control's one built-in from the {@code s3} dictionary: {@code use_arn_region}, false by default. */
    public static Map<String, Object> forS3Control(Map<String, ?> s3) {
        return Map.of(CONTROL_USE_ARN_REGION, Boolean.TRUE.equals(s3 == null ? null : s3.get("use_arn_region")));
    }

    private static boolean isAccelerateUrl(String url) {
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
}
