package io.boto4j.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Merges a user's {@link Config} with the session's {@link ConfigStore} into a client's effective settings, in
 * botocore's precedence: explicit client argument, then Config, then the store's chain (session value,
 * environment, profile), then the defaults mode's smart defaults, then built-in defaults. Every option declared in
 * {@link ConfigOption} goes through the same {@link #chain}; the only rules outside it are botocore's cross-option
 * ones (the region and defaults mode decide which smart defaults apply; an UNSIGNED client has no account-id
 * endpoints).
 */
public final class ClientConfigResolution {
    private final ConfigStore store;
    private final Supplier<DefaultsModes> defaultsModesSource;
    private volatile DefaultsModes defaultsModes;
    private final Supplier<String> imdsRegion;
    // the store seen through each defaults mode, kept so its resolved values are cached across clients
    private final Map<String, ConfigStore> storeByMode = new ConcurrentHashMap<>();

    /**
     * @param imdsRegion the instance's region for {@code defaults_mode = auto} (may be null: then only the
     *                   environment is consulted)
     */
    public ClientConfigResolution(ConfigStore store, DefaultsModes defaultsModes, Supplier<String> imdsRegion) {
        this.store = store;
        this.defaultsModesSource = null;
        this.defaultsModes = defaultsModes;
        this.imdsRegion = imdsRegion;
    }

    /**
     * As above, with the defaults modes read from {@code defaultsModes} the first time a client asks for a mode other
     * than {@code legacy}: the default mode installs no smart defaults, so most processes never read the data.
     */
    public ClientConfigResolution(ConfigStore store, Supplier<DefaultsModes> defaultsModes, Supplier<String> imdsRegion) {
        this.store = store;
        this.defaultsModesSource = defaultsModes;
        this.imdsRegion = imdsRegion;
    }

    private DefaultsModes defaultsModes() {
        DefaultsModes d = defaultsModes;
        if (d == null) {
            d = defaultsModesSource.get();
            defaultsModes = d;
        }
        return d;
    }

    /**
     * @param serviceId      the model's serviceId (for configured endpoint URLs)
     * @param regionArg      region given when creating the client, or null
     * @param endpointUrlArg endpoint URL given when creating the client, or null
     * @param clientConfig   the user's Config, or null
     */
    public ResolvedClientConfig resolve(String serviceId, String regionArg, String endpointUrlArg, Config clientConfig) {
        Config cfg = clientConfig != null ? clientConfig : Config.empty();
        Map<ConfigOption<?>, Object> values = new HashMap<>();

        // region and defaults mode first: the mode chooses the smart defaults every other option sees
        String region = ConfigOption.REGION_NAME.checkResolved(regionArg != null ? regionArg
                : chain(ConfigOption.REGION_NAME, cfg, store));
        values.put(ConfigOption.REGION_NAME, region);
        String requested = chain(ConfigOption.DEFAULTS_MODE, cfg, store);
        String mode = "legacy".equalsIgnoreCase(requested) ? "legacy" : defaultsModes().validate(requested);
        if (mode.equals("auto")) {
            mode = DefaultsModes.resolveAuto(region, store.env(), imdsRegion);
        }
        values.put(ConfigOption.DEFAULTS_MODE, mode);
        ConfigStore s = mode.equals("legacy") ? store
                : storeByMode.computeIfAbsent(mode, m -> store.withDefaults(defaultsModes().defaultsFor(m)));

        String endpointUrl = endpointUrlArg != null ? endpointUrlArg
                : s.configuredEndpointUrl(serviceId, chain(ConfigOption.IGNORE_CONFIGURED_ENDPOINT_URLS, cfg, s));

        boolean unsigned = Config.UNSIGNED.equals(cfg.signatureVersion());
        for (ConfigOption<?> option : ConfigOption.all()) {
            if (values.containsKey(option)) {
                continue;
            }
            if (option == ConfigOption.ACCOUNT_ID_ENDPOINT_MODE && unsigned) {
                // botocore: an unsigned client cannot put an account id in its endpoint
                values.put(option, "disabled");
                continue;
            }
            values.put(option, resolved(option, cfg, s));
        }
        return new ResolvedClientConfig(values, endpointUrl, s.get(ConfigKeys.STS_REGIONAL_ENDPOINTS),
                s.get(ConfigKeys.CA_BUNDLE));
    }

    private static <T> T resolved(ConfigOption<T> option, Config cfg, ConfigStore s) {
        return option.checkResolved(chain(option, cfg, s));
    }

    /**
     * The one chain every option resolves by: the Config's value, else the session's (explicit session value,
     * environment, profile, defaults mode, in {@link ConfigStore#get}), else the option's default. A dictionary
     * option merges its Config entries over the session's dictionary, or replaces it, as its declaration says.
     */
    private static <T> T chain(ConfigOption<T> option, Config cfg, ConfigStore s) {
        if (!option.subOptions().isEmpty()) {
            return option.cast(dictionary(option, cfg.get(option), s));
        }
        T v = cfg.get(option);
        if (v == null && option.sessionKey() != null) {
            v = s.get(option.sessionKey());
        }
        return v != null ? v : option.defaultValue();
    }

    private static Map<String, Object> dictionary(ConfigOption<?> option, Object fromConfig, ConfigStore s) {
        Map<String, Object> given = null;
        if (fromConfig instanceof Map<?, ?> m) {
            given = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                given.put(String.valueOf(e.getKey()), e.getValue());
            }
            given = option.withImpliedEntries(given);
        }
        Map<String, Object> fromSession = s.section(option);
        if (option.merge() == ConfigOption.Merge.REPLACE || given == null) {
            return given != null ? given : fromSession;
        }
        Map<String, Object> out = fromSession == null ? new LinkedHashMap<>() : new LinkedHashMap<>(fromSession);
        out.putAll(given);
        return out;
    }
}
