package io.boto4j.config;

import io.boto4j.exception.InvalidConfigError;
import io.boto4j.exception.ProfileNotFound;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolved configuration of one session: explicit values (the session's instance variables, including the
 * profile name), an environment map (never read from the process unless it is the default), the shared config
 * file and the shared credentials file. Every variable resolves through {@link #get} in the order explicit →
 * environment → profile → default. Files are read once, on first use. Thread-safe.
 */
public final class ConfigStore {
    private final Map<ConfigKey<?>, Object> explicit;
    private final Map<ConfigKey<?>, Object> lowDefaults;
    private final Map<String, String> env;
    private final PathExpander paths;
    private final Map<ConfigKey<?>, Optional<Object>> cache = new ConcurrentHashMap<>();
    private volatile Files files;

    /** The parsed files: the config file overlaid with the credentials file, and the credentials file alone. */
    private record Files(Path configPath, Path credentialsPath, ProfileFile merged, ProfileFile config,
                         ProfileFile credentials) {
    }

    private ConfigStore(Map<ConfigKey<?>, Object> explicit, Map<ConfigKey<?>, Object> lowDefaults,
                        Map<String, String> env, Files files) {
        this.explicit = explicit;
        this.lowDefaults = lowDefaults;
        this.env = env;
        this.paths = new PathExpander(env);
        this.files = files;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy whose defaults for the given keys are replaced (smart defaults of a defaults mode sit here). */
    public ConfigStore withDefaults(Map<ConfigKey<?>, ?> defaults) {
        Map<ConfigKey<?>, Object> merged = new HashMap<>(lowDefaults);
        merged.putAll(defaults);
        return new ConfigStore(explicit, Collections.unmodifiableMap(merged), env, files);
    }

    /** A copy with more explicit values (used for a session-level override such as a different profile). */
    public ConfigStore withExplicit(Map<ConfigKey<?>, ?> values) {
        Map<ConfigKey<?>, Object> merged = new HashMap<>(explicit);
        merged.putAll(values);
        boolean filesChange = values.containsKey(ConfigKeys.CONFIG_FILE) || values.containsKey(ConfigKeys.CREDENTIALS_FILE);
        return new ConfigStore(Collections.unmodifiableMap(merged), lowDefaults, env, filesChange ? null : files);
    }

    public Map<String, String> env() {
        return env;
    }

    /** The value of {@code key}: explicit, else the first environment variable present, else the profile, else the default. */
    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        Optional<Object> cached = cache.get(key);
        if (cached == null) {
            cached = Optional.ofNullable(resolve(key));
            cache.put(key, cached);
        }
        return (T) cached.orElse(null);
    }

    private <T> T resolve(ConfigKey<T> key) {
        if (explicit.containsKey(key)) {
            return convert(key, explicit.get(key), "the value set on the session");
        }
        for (String var : key.envVars()) {
            String v = env.get(var);
            if (v != null) {
                return convert(key, v, "environment variable " + var);
            }
        }
        if (!key.profilePaths().isEmpty()) {
            Map<String, Object> profile = profile();
            for (List<String> path : key.profilePaths()) {
                Object v = profile.get(path.get(0));
                if (path.size() == 2) {
                    v = v instanceof Map<?, ?> section ? section.get(path.get(1)) : null;
                }
                if (v != null) {
                    return convert(key, v, "key " + String.join(".", path) + " of profile " + profileName()
                            + " in " + files().configPath);
                }
            }
        }
        if (lowDefaults.containsKey(key)) {
            return convert(key, lowDefaults.get(key), "the defaults mode");
        }
        return key.defaultValue();
    }

    private static <T> T convert(ConfigKey<T> key, Object raw, String source) {
        try {
            return key.convert(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigError("Invalid value for " + key.name() + " from " + source + ": "
                    + e.getMessage(), e);
        }
    }

    /** The name of the active profile: explicit, then AWS_DEFAULT_PROFILE, then AWS_PROFILE, else {@code default}. */
    public String profileName() {
        String name = get(ConfigKeys.PROFILE);
        return name != null ? name : "default";
    }

    /** Whether a profile was named on the session itself (which drops the environment credentials provider). */
    public boolean profileSetExplicitly() {
        return explicit.get(ConfigKeys.PROFILE) != null;
    }

    /** Every profile of the config and credentials files. */
    public Set<String> availableProfiles() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(files().merged.profiles().keySet()));
    }

    /**
     * The active profile's values (config file overlaid with the credentials file). Without a profile name the
     * {@code default} profile, or nothing; a named profile that does not exist raises {@link ProfileNotFound}.
     */
    public Map<String, Object> profile() {
        String named = get(ConfigKeys.PROFILE);
        Map<String, Map<String, Object>> profiles = files().merged.profiles();
        if (named == null) {
            return profiles.getOrDefault("default", Map.of());
        }
        Map<String, Object> p = profiles.get(named);
        if (p == null) {
            throw new ProfileNotFound("The config profile (" + named + ") could not be found");
        }
        return p;
    }

    /** Another profile by name (e.g. a source_profile), or null. */
    public Map<String, Object> profile(String name) {
        return files().merged.profiles().get(name);
    }

    /** A profile of the config file alone (without credentials-file values), or null. */
    public Map<String, Object> configFileProfile(String name) {
        return files().config.profiles().get(name);
    }

    /** A profile of the credentials file alone, or null. */
    public Map<String, Object> credentialsFileProfile(String name) {
        return files().credentials.profiles().get(name);
    }

    public Map<String, Object> ssoSession(String name) {
        return files().merged.ssoSessions().get(name);
    }

    /** The whole config file (profiles overlaid with the credentials file, sso-sessions, services). */
    public ProfileFile fullConfig() {
        return files().merged;
    }

    public Path configFilePath() {
        return files().configPath;
    }

    public Path credentialsFilePath() {
        return files().credentialsPath;
    }

    /** Expands {@code ~} and environment variables in a path from a config file, against this store's environment. */
    public Path expandPath(String path) {
        return paths.expand(path);
    }

    /**
     * The {@code [services x]} entry for one service of the active profile's services section (e.g.
     * {@code {endpoint_url=...}}), or an empty map. A profile naming a missing services section is an error.
     */
    public Map<String, String> servicesSection(String serviceId) {
        Map<String, Object> section = profileServices();
        Object entry = section.get(snakeServiceId(serviceId));
        if (!(entry instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    private Map<String, Object> profileServices() {
        Object name = profile().get("services");
        if (name == null) {
            return Map.of();
        }
        Map<String, Object> section = files().merged.services().get(String.valueOf(name));
        if (section == null || section.isEmpty()) {
            throw new InvalidConfigError("The profile is configured to use the services section but the \"" + name
                    + "\" services configuration does not exist.");
        }
        return section;
    }

    /**
     * The endpoint URL configured outside code for a service (its model's serviceId, e.g. {@code "S3"} or
     * {@code "Elastic Beanstalk"}), or null. Unless ignored by the client config or
     * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS}/{@code ignore_configured_endpoint_urls}, the first of
     * {@code AWS_ENDPOINT_URL_<SERVICE_ID>}, {@code AWS_ENDPOINT_URL}, the profile's services section, the
     * profile's {@code endpoint_url}. An endpoint URL passed to the client in code is not considered here; it wins.
     */
    public String configuredEndpointUrl(String serviceId, Config clientConfig) {
        Boolean ignore = clientConfig != null ? clientConfig.ignoreConfiguredEndpointUrls() : null;
        return configuredEndpointUrl(serviceId, ignore != null ? ignore : get(ConfigKeys.IGNORE_CONFIGURED_ENDPOINT_URLS));
    }

    /** {@link #configuredEndpointUrl(String, Config)} with {@code ignore_configured_endpoint_urls} already resolved. */
    public String configuredEndpointUrl(String serviceId, boolean ignoreConfiguredEndpointUrls) {
        if (ignoreConfiguredEndpointUrls) {
            return null;
        }
        String snake = snakeServiceId(serviceId);
        String url = env.get("AWS_ENDPOINT_URL_" + snake.toUpperCase(Locale.ROOT));
        if (isEmpty(url)) {
            url = env.get("AWS_ENDPOINT_URL");
        }
        if (isEmpty(url)) {
            url = servicesSection(serviceId).get("endpoint_url");
        }
        if (isEmpty(url)) {
            Object global = profile().get("endpoint_url");
            url = global instanceof String s ? s : null;
        }
        return isEmpty(url) ? null : url;
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** botocore's transformed service id: lower case, spaces and hyphens as underscores. */
    static String snakeServiceId(String serviceId) {
        return serviceId.replace(' ', '_').replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code s3} dictionary as botocore builds it: the profile's nested {@code s3} section, overlaid with each
     * nested s3 variable that resolves (environment variables and top-level {@code s3_*} profile keys included).
     * Null when nothing is configured.
     */
    public Map<String, Object> s3Section() {
        return section(ConfigOption.S3);
    }

    /**
     * A dictionary option's value from the session's sources: the profile's nested section of that name (if the
     * option has one; a profile value that is not a section gives none at all, as in botocore), overlaid with each
     * entry whose session variable resolves. Null when nothing is configured.
     */
    Map<String, Object> section(ConfigOption<?> dictionary) {
        Map<String, Object> out = null;
        if (dictionary.fileSection() != null) {
            Object raw = profile().get(dictionary.fileSection());
            if (raw != null && !(raw instanceof Map)) {
                return null;
            }
            if (raw != null) {
                out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
                    out.put(String.valueOf(e.getKey()), e.getValue());
                }
            }
        }
        for (ConfigOption<?> entry : dictionary.subOptions()) {
            Object v = entry.sessionKey() == null ? null : get(entry.sessionKey());
            if (v != null) {
                if (out == null) {
                    out = new LinkedHashMap<>();
                }
                out.put(entry.key(), v);
            }
        }
        return out;
    }

    /**
     * The profile's nested {@code api_versions} section (service name to API version) that pins the model version a
     * client loads; empty when absent.
     */
    public Map<String, String> apiVersions() {
        Object raw = profile().get("api_versions");
        if (!(raw instanceof Map<?, ?> m)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** The proxies_config dictionary from the profile, or null. */
    public Map<String, Object> proxiesConfig() {
        return section(ConfigOption.PROXIES_CONFIG);
    }

    private Files files() {
        Files f = files;
        if (f == null) {
            synchronized (this) {
                f = files;
                if (f == null) {
                    Path configPath = expandPath(get(ConfigKeys.CONFIG_FILE));
                    Path credentialsPath = expandPath(get(ConfigKeys.CREDENTIALS_FILE));
                    ProfileFile credentials = ProfileFile.readCredentials(credentialsPath);
                    ProfileFile config = ProfileFile.readConfig(configPath);
                    f = new Files(configPath, credentialsPath, config.withCredentials(credentials), config, credentials);
                    files = f;
                }
            }
        }
        return f;
    }

    @Override
    public String toString() {
        return "ConfigStore[profile=" + profileName() + "]";
    }

    /** Explicit values, environment and file locations of a store. */
    public static final class Builder {
        private final Map<ConfigKey<?>, Object> explicit = new HashMap<>();
        private Map<String, String> env;

        private Builder() {
        }

        /** An explicit value (a session instance variable): beats the environment and the files. */
        public <T> Builder set(ConfigKey<T> key, Object value) {
            if (value == null) {
                explicit.remove(key);
            } else {
                explicit.put(key, value);
            }
            return this;
        }

        public Builder profileName(String profile) {
            return set(ConfigKeys.PROFILE, profile);
        }

        public Builder regionName(String region) {
            return set(ConfigKeys.REGION, region);
        }

        public Builder configFile(Path path) {
            return set(ConfigKeys.CONFIG_FILE, path == null ? null : path.toString());
        }

        public Builder credentialsFile(Path path) {
            return set(ConfigKeys.CREDENTIALS_FILE, path == null ? null : path.toString());
        }

        /** The environment to read instead of {@code System.getenv()}; tests pass their own map. */
        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        public ConfigStore build() {
            Map<String, String> e = env != null ? Map.copyOf(env) : System.getenv();
            return new ConfigStore(Map.copyOf(explicit), Map.of(), e, null);
        }
    }
}
