package io.boto4j.config;

import io.boto4j.exception.InvalidConfigError;
import io.boto4j.exception.InvalidRegionError;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Merges a user's {@link Config} with the session's {@link ConfigStore} into a client's effective settings, in
 * botocore's precedence: explicit client argument, then Config, then the store's chain (session value,
 * environment, profile), then the defaults mode's smart defaults, then built-in defaults.
 */
public final class ClientConfigResolution {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> CHECKSUM_MODES = List.of("when_supported", "when_required");
    private static final List<String> ACCOUNT_ID_MODES = List.of("preferred", "disabled", "required");
    private static final int MAX_MIN_COMPRESSION_SIZE = 1_048_576;
    /** A valid host label that is not all digits, as botocore checks region names. */
    private static final Pattern REGION = Pattern.compile("^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$");

    private final ConfigStore store;
    private final DefaultsModes defaultsModes;
    private final Supplier<String> imdsRegion;
    // the store seen through each defaults mode, kept so its resolved values are cached across clients
    private final Map<String, ConfigStore> storeByMode = new ConcurrentHashMap<>();

    /**
     * @param imdsRegion the instance's region for {@code defaults_mode = auto} (may be null: then only the
     *                   environment is consulted)
     */
    public ClientConfigResolution(ConfigStore store, DefaultsModes defaultsModes, Supplier<String> imdsRegion) {
        this.store = store;
        this.defaultsModes = defaultsModes;
        this.imdsRegion = imdsRegion;
    }

    /**
     * @param serviceId      the model's serviceId (for configured endpoint URLs)
     * @param regionArg      region given when creating the client, or null
     * @param endpointUrlArg endpoint URL given when creating the client, or null
     * @param clientConfig   the user's Config, or null
     */
    public ResolvedClientConfig resolve(String serviceId, String regionArg, String endpointUrlArg, Config clientConfig) {
        Config cfg = clientConfig != null ? clientConfig : Config.empty();
        String region = regionArg != null ? regionArg
                : cfg.regionName() != null ? cfg.regionName() : store.get(ConfigKeys.REGION);
        if (region != null && !REGION.matcher(region).matches()) {
            throw new InvalidRegionError("Provided region_name '" + region + "' doesn't match a supported format.");
        }

        String mode = defaultsModes.validate(cfg.defaultsMode() != null ? cfg.defaultsMode()
                : store.get(ConfigKeys.DEFAULTS_MODE));
        if (mode.equals("auto")) {
            mode = DefaultsModes.resolveAuto(region, store.env(), imdsRegion);
        }
        ConfigStore s = mode.equals("legacy") ? store
                : storeByMode.computeIfAbsent(mode, m -> store.withDefaults(defaultsModes.defaultsFor(m)));

        String endpointUrl = endpointUrlArg != null ? endpointUrlArg : s.configuredEndpointUrl(serviceId, cfg);

        Map<String, Object> retries = cfg.retries() != null ? cfg.retries() : Map.of();
        Integer total;
        if (retries.containsKey("total_max_attempts")) {
            total = (Integer) retries.get("total_max_attempts");
        } else if (retries.containsKey("max_attempts")) {
            total = (Integer) retries.get("max_attempts") + 1;
        } else {
            total = s.get(ConfigKeys.MAX_ATTEMPTS);
        }
        String retryMode = retries.containsKey("mode") ? (String) retries.get("mode") : s.get(ConfigKeys.RETRY_MODE);

        Duration connect = cfg.connectTimeout();
        if (connect == null) {
            Double smart = s.get(ConfigKeys.CONNECT_TIMEOUT);
            connect = smart != null && smart > 0 ? Duration.ofNanos((long) (smart * 1e9)) : DEFAULT_TIMEOUT;
        }

        Map<String, Object> s3 = s.s3Section();
        if (cfg.s3() != null) {
            s3 = s3 == null ? new LinkedHashMap<>() : new LinkedHashMap<>(s3);
            s3.putAll(cfg.s3());
        }

        boolean parameterValidation = Boolean.FALSE.equals(cfg.parameterValidation()) ? false
                : cfg.parameterValidation() != null || s.get(ConfigKeys.PARAMETER_VALIDATION);

        boolean injectHostPrefix;
        if (cfg.injectHostPrefix() != null) {
            injectHostPrefix = cfg.injectHostPrefix();
        } else {
            Boolean disabled = s.get(ConfigKeys.DISABLE_HOST_PREFIX_INJECTION);
            injectHostPrefix = disabled == null || !disabled;
        }

        int minCompression = cfg.requestMinCompressionSizeBytes() != null ? cfg.requestMinCompressionSizeBytes()
                : s.get(ConfigKeys.REQUEST_MIN_COMPRESSION_SIZE_BYTES);
        if (minCompression < 1 || minCompression > MAX_MIN_COMPRESSION_SIZE) {
            throw new InvalidConfigError("Invalid value \"" + minCompression
                    + "\" for request_min_compression_size_bytes. Value must be between 1 and "
                    + MAX_MIN_COMPRESSION_SIZE + ".");
        }

        String signatureVersion = cfg.signatureVersion();
        String accountIdMode = Config.UNSIGNED.equals(signatureVersion) ? "disabled"
                : oneOf("account_id_endpoint_mode", firstNonNull(cfg.accountIdEndpointMode(),
                        s.get(ConfigKeys.ACCOUNT_ID_ENDPOINT_MODE)), ACCOUNT_ID_MODES);

        Object discovery = cfg.endpointDiscoveryEnabled();
        String endpointDiscovery = discovery != null ? String.valueOf(discovery).toLowerCase(Locale.ROOT)
                : s.get(ConfigKeys.ENDPOINT_DISCOVERY_ENABLED).toLowerCase(Locale.ROOT);

        Map<String, Object> proxiesConfig = cfg.proxiesConfig() != null ? cfg.proxiesConfig() : s.proxiesConfig();

        return new ResolvedClientConfig(
                region,
                endpointUrl,
                signatureVersion,
                cfg.userAgent(),
                cfg.userAgentExtra(),
                firstNonNull(cfg.userAgentAppid(), s.get(ConfigKeys.USER_AGENT_APPID)),
                connect,
                cfg.readTimeout() != null ? cfg.readTimeout() : DEFAULT_TIMEOUT,
                parameterValidation,
                cfg.maxPoolConnections() != null ? cfg.maxPoolConnections() : 10,
                cfg.proxies(),
                proxiesConfig,
                s3,
                retryMode,
                total,
                cfg.clientCert(),
                injectHostPrefix,
                endpointDiscovery,
                flag(cfg.useDualstackEndpoint(), s.get(ConfigKeys.USE_DUALSTACK_ENDPOINT)),
                flag(cfg.useFipsEndpoint(), s.get(ConfigKeys.USE_FIPS_ENDPOINT)),
                mode,
                flag(cfg.tcpKeepalive(), s.get(ConfigKeys.TCP_KEEPALIVE)),
                minCompression,
                flag(cfg.disableRequestCompression(), s.get(ConfigKeys.DISABLE_REQUEST_COMPRESSION)),
                cfg.clientContextParams(),
                firstNonNull(cfg.sigv4aSigningRegionSet(), s.get(ConfigKeys.SIGV4A_SIGNING_REGION_SET)),
                oneOf("request_checksum_calculation", firstNonNull(cfg.requestChecksumCalculation(),
                        s.get(ConfigKeys.REQUEST_CHECKSUM_CALCULATION)), CHECKSUM_MODES),
                oneOf("response_checksum_validation", firstNonNull(cfg.responseChecksumValidation(),
                        s.get(ConfigKeys.RESPONSE_CHECKSUM_VALIDATION)), CHECKSUM_MODES),
                accountIdMode,
                firstNonNull(cfg.authSchemePreference(), s.get(ConfigKeys.AUTH_SCHEME_PREFERENCE)),
                flag(cfg.s3DisableExpressSessionAuth(), s.get(ConfigKeys.S3_DISABLE_EXPRESS_SESSION_AUTH)),
                s.get(ConfigKeys.STS_REGIONAL_ENDPOINTS),
                s.get(ConfigKeys.CA_BUNDLE));
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    private static boolean flag(Boolean fromConfig, Boolean fromStore) {
        return fromConfig != null ? fromConfig : Boolean.TRUE.equals(fromStore);
    }

    private static String oneOf(String option, String value, List<String> allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidConfigError("Unsupported configuration value for " + option + ". Expected one of "
                    + allowed + " but got " + value + ".");
        }
        return v;
    }
}
