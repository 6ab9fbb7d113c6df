package io.boto4j.config;

import java.time.Duration;
import java.util.Map;

/**
 * The effective settings of one client: the user's {@link Config} merged with session values, environment,
 * profile and (smart) defaults, as botocore's {@code ClientArgsCreator} computes them.
 *
 * @param regionName             explicit argument, Config, then the chain; null if none
 * @param endpointUrl            the endpoint URL given in code, else the configured one; null for the rule set's
 * @param retryMode              legacy, standard or adaptive
 * @param totalMaxAttempts       total attempts including the first; null means the retry mode's own default
 * @param defaultsMode           the resolved mode ({@code auto} resolved to a concrete one)
 * @param s3                     botocore's s3 dictionary (profile nested section, env, Config.s3); null if empty
 * @param stsRegionalEndpoints   regional or legacy
 */
public record ResolvedClientConfig(
        String regionName,
        String endpointUrl,
        String signatureVersion,
        String userAgent,
        String userAgentExtra,
        String userAgentAppid,
        Duration connectTimeout,
        Duration readTimeout,
        boolean parameterValidation,
        int maxPoolConnections,
        Map<String, String> proxies,
        Map<String, Object> proxiesConfig,
        Map<String, Object> s3,
        String retryMode,
        Integer totalMaxAttempts,
        Object clientCert,
        boolean injectHostPrefix,
        String endpointDiscoveryEnabled,
        boolean useDualstackEndpoint,
        boolean useFipsEndpoint,
        String defaultsMode,
        boolean tcpKeepalive,
        int requestMinCompressionSizeBytes,
        boolean disableRequestCompression,
        Map<String, Object> clientContextParams,
        String sigv4aSigningRegionSet,
        String requestChecksumCalculation,
        String responseChecksumValidation,
        String accountIdEndpointMode,
        String authSchemePreference,
        boolean s3DisableExpressSessionAuth,
        String stsRegionalEndpoints,
        String caBundle) {

    /** The S3 addressing style: {@code auto} unless configured. */
    public String s3AddressingStyle() {
        Object v = s3 == null ? null : s3.get("addressing_style");
        return v == null ? "auto" : String.valueOf(v);
    }

    @Override
    public String toString() {
        return "ResolvedClientConfig[region=" + regionName + ", endpointUrl=" + endpointUrl + ", retryMode="
                + retryMode + ", totalMaxAttempts=" + totalMaxAttempts + ", defaultsMode=" + defaultsMode + "]";
    }
}
