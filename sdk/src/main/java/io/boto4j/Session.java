package io.boto4j;

import io.boto4j.client.Client;
import io.boto4j.client.ClientFactory;
import io.boto4j.client.ClientOptions;
import io.boto4j.client.KnownServices;
import io.boto4j.client.SessionServices;
import io.boto4j.config.ClientConfigResolution;
import io.boto4j.config.ConfigKeys;
import io.boto4j.config.ConfigStore;
import io.boto4j.config.DefaultsModes;
import io.boto4j.credentials.CallOptions;
import io.boto4j.credentials.CredentialResolver;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.credentials.ServiceCaller;
import io.boto4j.internal.endpoints.RegionCatalog;
import io.boto4j.events.EventEmitter;
import io.boto4j.exception.PartialCredentialsError;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.LoaderOwner;
import io.boto4j.resource.ServiceResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * boto3's {@code Session}: where configuration and credentials are found (explicit values, then environment
 * variables, then {@code ~/.aws/config} and {@code ~/.aws/credentials}), and the factory of clients. Thread-safe;
 * credentials are resolved once, on first use, and shared by the session's clients.
 */
public final class Session {
    private final ConfigStore store;
    private final Credentials explicitCredentials;
    private final EventEmitter events;
    private final Function<String, String> mfaTokenProvider;
    private final Services services = new Services();
    private volatile Loader loader;
    private volatile ClientConfigResolution clientConfigResolution;
    private volatile CredentialResolver credentialResolver;
    private volatile ResolvedCredentials credentials;
    private volatile boolean credentialsLoaded;

    private Session(Builder b) {
        ConfigStore.Builder store = ConfigStore.builder();
        if (b.environment != null) {
            store.env(b.environment);
        }
        if (b.profileName != null) {
            store.profileName(b.profileName);
        }
        if (b.regionName != null) {
            store.regionName(b.regionName);
        }
        if (b.configFile != null) {
            store.configFile(b.configFile);
        }
        if (b.credentialsFile != null) {
            store.credentialsFile(b.credentialsFile);
        }
        for (Map.Entry<io.boto4j.config.ConfigKey<?>, Object> e : b.settings.entrySet()) {
            store.set(e.getKey(), e.getValue());
        }
        this.store = store.build();
        if (b.awsAccessKeyId != null || b.awsSecretAccessKey != null) {
            if (b.awsAccessKeyId == null || b.awsSecretAccessKey == null) {
                throw new PartialCredentialsError("Partial credentials found in explicit, missing: "
                        + (b.awsAccessKeyId == null ? "aws_access_key_id" : "aws_secret_access_key"));
            }
            this.explicitCredentials = Credentials.of(b.awsAccessKeyId, b.awsSecretAccessKey, b.awsSessionToken)
                    .withMethod("explicit");
        } else {
            this.explicitCredentials = null;
        }
        this.events = b.events != null ? b.events : new EventEmitter();
        this.mfaTokenProvider = b.mfaTokenProvider;
    }

    /** A session like {@code boto3.Session()}: everything from the environment and the shared files. */
    public static Session create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A low-level client of a service, like {@code session.client("s3")}. */
    public Client client(String serviceName) {
        return client(serviceName, ClientOptions.defaults());
    }

    /** A low-level client with boto3's client arguments (region, endpoint URL, keys, Config, ...). */
    public Client client(String serviceName, ClientOptions options) {
        return ClientFactory.create(services, serviceName, options);
    }

    /**
     * A boto3 resource of a service, like {@code session.resource("s3")}: built from boto3's {@code resources-1}
     * model over a new client, which {@code meta().client()} returns.
     */
    public ServiceResource resource(String serviceName) {
        return resource(serviceName, ClientOptions.defaults());
    }

    /** A resource whose client gets these options; without an api version the resource model's is used. */
    public ServiceResource resource(String serviceName, ClientOptions options) {
        return ServiceResource.create(serviceName, services, options.apiVersion(),
                new ResourceClients(serviceName, options));
    }

    /**
     * A resource over {@code client} itself: its configuration, connections and handlers, for code that already
     * holds the client (a Spring bean). Its resource model is the one of the API version the client speaks.
     */
    public ServiceResource resource(Client client) {
        String service = client.meta().serviceModel().serviceName();
        return ServiceResource.create(service, services, client.meta().serviceModel().apiVersion(),
                new GivenClient(client));
    }

    private static ClientOptions withApiVersion(ClientOptions o, String version) {
        ClientOptions.Builder b = ClientOptions.builder().regionName(o.regionName()).apiVersion(version)
                .useSsl(o.useSsl()).endpointUrl(o.endpointUrl()).awsAccessKeyId(o.awsAccessKeyId())
                .awsSecretAccessKey(o.awsSecretAccessKey()).awsSessionToken(o.awsSessionToken()).config(o.config())
                .sslContext(o.sslContext());
        if (Boolean.FALSE.equals(o.verify())) {
            b.verify(false);
        } else if (o.verify() instanceof String caBundle) {
            b.verify(caBundle);
        }
        return b.build();
    }

    /** The session's event emitter; clients created afterwards start with a copy of its handlers. */
    public EventEmitter events() {
        return events;
    }

    /** The profile in use ({@code default} unless set here or by {@code AWS_PROFILE}). */
    public String profileName() {
        return store.profileName();
    }

    /** The region clients get when none is given, or null. */
    public String regionName() {
        return store.get(ConfigKeys.REGION);
    }

    /** Profiles named in the config and credentials files. */
    public Set<String> availableProfiles() {
        return store.availableProfiles();
    }

    /**
     * The session's credentials, found through the default chain on first call (or the explicit keys), or null
     * when no provider has any; {@code method()} says which provider supplied them.
     */
    public ResolvedCredentials getCredentials() {
        if (!credentialsLoaded) {
            synchronized (this) {
                if (!credentialsLoaded) {
                    credentials = explicitCredentials != null ? explicitCredentials
                            : credentialResolver().loadCredentialsOrNull();
                    credentialsLoaded = true;
                }
            }
        }
        return credentials;
    }

    /** The default credentials chain of this session, editable by provider name before the first call. */
    public CredentialResolver credentialResolver() {
        CredentialResolver r = credentialResolver;
        if (r == null) {
            synchronized (this) {
                r = credentialResolver;
                if (r == null) {
                    r = CredentialResolver.createDefault(store, new CredentialCalls(),
                            CredentialResolver.Options.defaults().withMfaTokenProvider(mfaTokenProvider)
                                    .withRegion(regionName()));
                    credentialResolver = r;
                }
            }
        }
        return r;
    }

    /** Replaces the credentials chain (for example one edited with insertBefore/remove) before first use. */
    public synchronized void setCredentialResolver(CredentialResolver resolver) {
        this.credentialResolver = resolver;
        this.credentialsLoaded = false;
    }

    /** The services of this session's data path, by name and by event name ({@code cloudwatch-logs}). */
    public KnownServices getKnownServices() {
        return KnownServices.of(services);
    }

    /** Services with a model in the data path, as {@code session.get_available_services()}. */
    public List<String> getAvailableServices() {
        return loader().listAvailableServices("service-2");
    }

    /** Services with boto3 resources, as {@code session.get_available_resources()}. */
    public List<String> getAvailableResources() {
        return loader().listAvailableServices("resources-1");
    }

    /** Partition names, as {@code session.get_available_partitions()}. */
    public List<String> getAvailablePartitions() {
        return regionCatalog().availablePartitions();
    }

    /** Regions where a service has an endpoint in the partition, as {@code session.get_available_regions()}. */
    public List<String> getAvailableRegions(String serviceName) {
        return getAvailableRegions(serviceName, "aws", false);
    }

    public List<String> getAvailableRegions(String serviceName, String partitionName, boolean allowNonRegional) {
        String prefix = serviceName;
        try {
            prefix = ClientFactory.serviceModel(services, serviceName, null).endpointPrefix();
        } catch (RuntimeException unknown) {
            // botocore answers with an empty list for names it has no data for
        }
        return regionCatalog().availableRegions(prefix, partitionName, allowNonRegional);
    }

    /** The model data loader of this session ({@code AWS_DATA_PATH} / {@code data_path}, ~/.aws/models, bundled). */
    Loader loader() {
        Loader l = loader;
        if (l == null) {
            l = Loader.forSearchPaths(Loader.splitDataPath(store.get(ConfigKeys.DATA_PATH)));
            loader = l;
        }
        return l;
    }

    private RegionCatalog regionCatalog() {
        return new RegionCatalog(loader().loadData("endpoints"));
    }

    private ClientConfigResolution clientConfigResolution() {
        ClientConfigResolution r = clientConfigResolution;
        if (r == null) {
            r = new ClientConfigResolution(store, new Supplier<DefaultsModes>() {
                @Override
                public DefaultsModes get() {
                    return defaultsModes();
                }
            }, null);
            clientConfigResolution = r;
        }
        return r;
    }

    @SuppressWarnings("unchecked") // a JSON object reads as Map<String, Object>
    private DefaultsModes defaultsModes() {
        return DefaultsModes.of((Map<String, ?>) JsonTrees.toJava(loader().loadData("sdk-default-configuration")));
    }

    /**
     * A resource's client for the API version its model names; a named class, not a lambda, as a fresh JVM's first
     * resource makes one.
     */
    private final class ResourceClients implements Function<String, Client> {
        private final String serviceName;
        private final ClientOptions options;

        ResourceClients(String serviceName, ClientOptions options) {
            this.serviceName = serviceName;
            this.options = options;
        }

        @Override
        public Client apply(String version) {
            return client(serviceName, withApiVersion(options, version));
        }
    }

    /** The client a resource was given, whatever the version. */
    private static final class GivenClient implements Function<String, Client> {
        private final Client client;

        GivenClient(Client client) {
            this.client = client;
        }

        @Override
        public Client apply(String version) {
            return client;
        }
    }

    /**
     * Credential providers' STS/SSO calls: a client of this session per call, signed with what the provider gives.
     * A named class, not a method reference: the default chain is built on the way to a fresh JVM's first call,
     * where a lambda costs a class spun at run time.
     */
    private final class CredentialCalls implements ServiceCaller {
        @Override
        public Map<String, Object> call(String service, String operation, Map<String, Object> params,
                                        CallOptions options) {
            ClientOptions.Builder o = ClientOptions.builder();
            if (options.region() != null) {
                o.regionName(options.region());
            }
            if (options.endpointUrl() != null) {
                o.endpointUrl(options.endpointUrl());
            }
            try (Client c = ClientFactory.createForCredentials(services, service, o.build(), options)) {
                return c.call(operation, new LinkedHashMap<>(params));
            }
        }
    }

    @Override
    public String toString() {
        return "Session[profile=" + profileName() + ", region=" + regionName() + "]";
    }

    private final class Services implements SessionServices, LoaderOwner {
        @Override
        public ConfigStore configStore() {
            return store;
        }

        @Override
        public Loader loader() {
            return Session.this.loader();
        }

        @Override
        public EventEmitter events() {
            return events;
        }

        @Override
        public ClientConfigResolution clientConfigResolution() {
            return Session.this.clientConfigResolution();
        }

        @Override
        public ResolvedCredentials credentials() {
            return getCredentials();
        }

        @Override
        public ServiceCaller serviceCaller() {
            return new CredentialCalls();
        }
    }

    public static final class Builder {
        private String regionName;
        private String profileName;
        private String awsAccessKeyId;
        private String awsSecretAccessKey;
        private String awsSessionToken;
        private Map<String, String> environment;
        private Path configFile;
        private Path credentialsFile;
        private EventEmitter events;
        private Function<String, String> mfaTokenProvider;
        private final Map<io.boto4j.config.ConfigKey<?>, Object> settings = new LinkedHashMap<>();

        public Builder regionName(String regionName) {
            this.regionName = regionName;
            return this;
        }

        public Builder profileName(String profileName) {
            this.profileName = profileName;
            return this;
        }

        public Builder awsAccessKeyId(String awsAccessKeyId) {
            this.awsAccessKeyId = awsAccessKeyId;
            return this;
        }

        public Builder awsSecretAccessKey(String awsSecretAccessKey) {
            this.awsSecretAccessKey = awsSecretAccessKey;
            return this;
        }

        public Builder awsSessionToken(String awsSessionToken) {
            this.awsSessionToken = awsSessionToken;
            return this;
        }

        /**
         * The environment variables the session reads instead of the process's (an empty map makes a session
         * that sees no {@code AWS_*} variables; with no config file set, files come from the variables here).
         */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** The shared config file to read instead of {@code AWS_CONFIG_FILE} / {@code ~/.aws/config}. */
        public Builder configFile(Path configFile) {
            this.configFile = configFile;
            return this;
        }

        /** The shared credentials file to read instead of {@code AWS_SHARED_CREDENTIALS_FILE} / {@code ~/.aws/credentials}. */
        public Builder credentialsFile(Path credentialsFile) {
            this.credentialsFile = credentialsFile;
            return this;
        }

        /** A session variable set explicitly, above environment and profile (botocore's {@code set_config_variable}). */
        public <T> Builder set(io.boto4j.config.ConfigKey<T> key, T value) {
            settings.put(key, value);
            return this;
        }

        /** Emitter to use (e.g. shared with a framework); a new one otherwise. */
        public Builder events(EventEmitter events) {
            this.events = events;
            return this;
        }

        /** Asked for an MFA code when an assume-role profile names {@code mfa_serial}; gets the serial. */
        public Builder mfaTokenProvider(Function<String, String> mfaTokenProvider) {
            this.mfaTokenProvider = mfaTokenProvider;
            return this;
        }

        public Session build() {
            return new Session(this);
        }
    }

}
