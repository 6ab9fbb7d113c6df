package io.boto4j.client;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.paginate.PaginatorTrees;
import io.boto4j.internal.waiter.WaiterTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.auth.AuthSchemeSelector;
import io.boto4j.config.ConfigOption;
import io.boto4j.config.ResolvedClientConfig;
import io.boto4j.credentials.BearerToken;
import io.boto4j.credentials.BearerTokens;
import io.boto4j.credentials.CallOptions;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.internal.customizations.ClientSetup;
import io.boto4j.internal.customizations.CustomizationIndex;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.ServiceCustomization;
import io.boto4j.internal.endpoints.EndpointParams;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.endpoints.LegacyEndpointResolver;
import io.boto4j.events.CallEvents;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.Events;
import io.boto4j.exception.NoRegionError;
import io.boto4j.http.HttpClient;
import io.boto4j.http.HttpClientSettings;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.DefaultHttpClient;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.LoaderOwner;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.paginate.PaginatorModel;
import io.boto4j.internal.pipeline.CallPipeline;
import io.boto4j.internal.pipeline.ClientRuntime;
import io.boto4j.internal.pipeline.SigningStage;
import io.boto4j.internal.protocol.Parsers;
import io.boto4j.internal.protocol.Serializers;
import io.boto4j.internal.retry.RetrySettings;
import io.boto4j.internal.retry.RetryStrategy;
import io.boto4j.internal.useragent.UserAgent;
import io.boto4j.waiter.WaiterModel;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link Client} from a session and boto3's client arguments: the service model (shared per JVM), the
 * effective configuration, the endpoint rule set, protocol serializer and parser, signer, retry strategy, HTTP
 * client and the service's customizations (found through {@link CustomizationIndex}, so this class names no service).
 */
public final class ClientFactory {
    private static final CustomizationIndex CUSTOMIZATIONS = CustomizationIndex.load(ClientFactory.class.getClassLoader());

    private ClientFactory() {
    }

    /** The JVM-wide model of a service (newest api version unless one is given). */
    public static ServiceModel serviceModel(SessionServices session, String serviceName, String apiVersion) {
        ServiceData data = LoaderOwner.of(session).loadServiceData(serviceName, "service-2", apiVersion);
        return ModelTrees.shared(serviceName, data.bytes(), data.origin(), data.extras());
    }

    public static Client create(SessionServices session, String serviceName, ClientOptions options) {
        Supplier<ResolvedCredentials> credentials;
        if (options.awsAccessKeyId() != null) {
            Credentials explicit = Credentials.of(options.awsAccessKeyId(), options.awsSecretAccessKey(),
                    options.awsSessionToken()).withMethod("explicit");
            credentials = new FixedCredentials(explicit);
        } else {
            credentials = new SessionCredentials(session);
        }
        return build(session, serviceName, options, credentials);
    }

    /** A client for a credential provider's call: signed with the provider's credentials, or unsigned. */
    public static Client createForCredentials(SessionServices session, String serviceName, ClientOptions options,
                                              CallOptions call) {
        ResolvedCredentials given = call.credentials();
        ClientOptions effective = options;
        if (given == null) {
            effective = copyWithConfig(options, io.boto4j.config.Config.builder().signatureVersion("UNSIGNED").build());
        }
        Client client = build(session, serviceName, effective, new FixedCredentials(given));
        if (call.urlHeaders() != null) {
            // headers computed from the final URL (the sign-in call's DPoP proof) go on just before signing
            client.meta().events().register(Events.beforeSign(client.meta().serviceModel().eventName()),
                    event -> {
                        HttpRequest.Builder request = event.request();
                        call.headersFor(request.build().uri().toString()).forEach(request::header);
                        return null;
                    });
        }
        return client;
    }

    private static ClientOptions copyWithConfig(ClientOptions o, io.boto4j.config.Config config) {
        ClientOptions.Builder b = ClientOptions.builder().regionName(o.regionName()).apiVersion(o.apiVersion())
                .useSsl(o.useSsl()).endpointUrl(o.endpointUrl());
        io.boto4j.config.Config merged = o.config() == null ? config : o.config().merge(config);
        return b.config(merged).build();
    }

    private static Client build(SessionServices session, String serviceName, ClientOptions options,
                                Supplier<ResolvedCredentials> credentials) {
        ServiceModel model = serviceModel(session, serviceName, options.apiVersion());
        ResolvedClientConfig cfg = session.clientConfigResolution().resolve(model.serviceId(), options.regionName(),
                options.endpointUrl(), options.config());
        Loader loader = LoaderOwner.of(session);
        String region = regionOf(cfg, loader, model);
        EventEmitter events = session.events().copy();
        EndpointSource endpoints = endpointSource(loader, model, cfg, region, options.useSsl());
        List<ServiceCustomization> customizations = CUSTOMIZATIONS.forService(model);
        ClientSetup setup = new ClientSetup(model, cfg, region);
        for (ServiceCustomization c : customizations) {
            c.configureClient(setup);
        }
        EndpointParams endpointParams = endpointParams(cfg, region, options, setup);
        SigningStage signing = signingStage(session, model, cfg, region, setup, credentials);

        RetryStrategy retry = new RetrySettings(cfg.retryMode(), cfg.totalMaxAttempts())
                .createStrategy(loader.loadData("_retry"), model.endpointPrefix());
        HttpClient http = new DefaultHttpClient(httpSettings(cfg, options, session));
        String userAgent = UserAgent.builder().retryMode(retry.mode()).appId(cfg.get(ConfigOption.USER_AGENT_APPID))
                .extra(cfg.get(ConfigOption.USER_AGENT_EXTRA)).override(cfg.get(ConfigOption.USER_AGENT)).build().header();

        ClientRuntime runtime = ClientRuntime.create(model, region, events,
                Serializers.forModel(model, cfg.get(ConfigOption.PARAMETER_VALIDATION)), Parsers.forModel(model), endpoints.resolver(),
                endpointParams, endpoints.fixedUrl(), signing, http, retry, userAgent, cfg.get(ConfigOption.INJECT_HOST_PREFIX),
                cfg.get(ConfigOption.REQUEST_CHECKSUM_CALCULATION), cfg.get(ConfigOption.RESPONSE_CHECKSUM_VALIDATION),
                cfg.get(ConfigOption.DISABLE_REQUEST_COMPRESSION), cfg.get(ConfigOption.REQUEST_MIN_COMPRESSION_SIZE_BYTES),
                new OperationAdapter(customizations));
        CallPipeline pipeline = new CallPipeline(runtime);
        ClientMeta meta = new ClientMeta(model, region, runtime.endpointUrl(), cfg, events,
                String.valueOf(EndpointResolver.partitions(loader.loadData("partitions")).partitionOf(region).get("name")));
        Map<Class<?>, Object> extensions = new ConcurrentHashMap<>();
        Client client = new Client(pipeline, meta,
                new ServiceFile<PaginatorModel>(loader, serviceName, model, ServiceFile.PAGINATORS),
                new ServiceFile<WaiterModel>(loader, serviceName, model, ServiceFile.WAITERS), new Presigning(pipeline),
                extensions);
        CustomizationContext ctx = new CustomizationContext(model, cfg, events, region, presignerOf(pipeline),
                new CustomizationContext.Extensions() {
                    @Override
                    public <T> void add(Class<T> type, T extension) {
                        extensions.put(type, type.cast(extension));
                    }
                });
        for (ServiceCustomization c : customizations) {
            c.install(ctx);
        }
        String created = Events.creatingClientClass(model.eventName());
        if (events.hasHandlers(created)) {
            events.emit(CallEvents.creatingClientClass(created, client, model));
        }
        return client;
    }

    /** The client's region; a global service (one with a partition endpoint) signs for its home region without one. */
    private static String regionOf(ResolvedClientConfig cfg, Loader loader, ServiceModel model) {
        if (cfg.regionName() != null) {
            return cfg.regionName();
        }
        String global = GlobalEndpoints.defaultRegion(loader.loadData("endpoints"), model.endpointPrefix());
        if (global == null) {
            throw new NoRegionError("You must specify a region (service " + model.serviceName()
                    + "): set region_name, AWS_DEFAULT_REGION or the profile's region");
        }
        return global;
    }

    // Named classes rather than lambdas from here on: every process's first client is built here, where each lambda
    // would spin a class of its own.

    private static final class FixedCredentials implements Supplier<ResolvedCredentials> {
        private final ResolvedCredentials credentials;

        FixedCredentials(ResolvedCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public ResolvedCredentials get() {
            return credentials;
        }
    }

    private static final class SessionCredentials implements Supplier<ResolvedCredentials> {
        private final SessionServices session;

        SessionCredentials(SessionServices session) {
            this.session = session;
        }

        @Override
        public ResolvedCredentials get() {
            return session.credentials();
        }
    }

    /** The client's view of an operation: each customization's adaptation in turn. */
    private static final class OperationAdapter implements UnaryOperator<OperationModel> {
        private final List<ServiceCustomization> customizations;

        OperationAdapter(List<ServiceCustomization> customizations) {
            this.customizations = customizations;
        }

        @Override
        public OperationModel apply(OperationModel operation) {
            OperationModel adapted = operation;
            for (ServiceCustomization c : customizations) {
                adapted = c.adaptOperation(adapted);
            }
            return adapted;
        }
    }

    /**
     * The service's paginators or waiters, read when the client is first asked for one; one class for both, as
     * each class on a fresh JVM's way to its first call costs it a load and a verification.
     */
    private static final class ServiceFile<T> implements Supplier<T> {
        static final String PAGINATORS = "paginators-1";
        static final String WAITERS = "waiters-2";

        private final Loader loader;
        private final String service;
        private final ServiceModel model;
        private final String type;

        ServiceFile(Loader loader, String service, ServiceModel model, String type) {
            this.loader = loader;
            this.service = service;
            this.model = model;
            this.type = type;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get() {
            boolean present = loader.hasServiceFile(service, type, model.apiVersion());
            Object built;
            if (type.equals(WAITERS)) {
                built = present ? WaiterTrees.create(model, loader.loadServiceModel(service, type, model.apiVersion()))
                        : WaiterModel.empty(model);
            } else {
                built = present ? PaginatorTrees.create(model, loader.loadServiceModel(service, type, model.apiVersion()))
                        : PaginatorModel.empty(model);
            }
            return (T) built;
        }
    }

    /** The compiled rule set, or for data without one the legacy endpoints.json answer. */
    private record EndpointSource(EndpointResolver resolver, String fixedUrl) {
    }

    private static EndpointSource endpointSource(Loader loader, ServiceModel model, ResolvedClientConfig cfg,
                                                 String region, boolean useSsl) {
        String service = model.serviceName();
        if (loader.hasServiceFile(service, "endpoint-rule-set-1", model.apiVersion())) {
            JsonNode ruleSet = loader.loadServiceModel(service, "endpoint-rule-set-1", model.apiVersion());
            return new EndpointSource(EndpointResolver.shared(service + "/" + model.apiVersion(), ruleSet,
                    loader.loadData("partitions"), clientContextParamNames(model)), null);
        }
        String url = cfg.endpointUrl() != null ? cfg.endpointUrl()
                : new LegacyEndpointResolver(loader.loadData("endpoints")).construct(model.endpointPrefix(), region,
                        cfg.get(ConfigOption.USE_DUALSTACK_ENDPOINT), cfg.get(ConfigOption.USE_FIPS_ENDPOINT)).url(useSsl);
        return new EndpointSource(null, url);
    }

    private static SigningStage signingStage(SessionServices session, ServiceModel model, ResolvedClientConfig cfg,
                                             String region, ClientSetup setup,
                                             Supplier<ResolvedCredentials> credentials) {
        AuthSchemeSelector selector = new AuthSchemeSelector(
                AuthSchemeSelector.clientSignatureVersion(cfg.get(ConfigOption.SIGNATURE_VERSION), model),
                cfg.get(ConfigOption.SIGNATURE_VERSION), cfg.get(ConfigOption.AUTH_SCHEME_PREFERENCE),
                cfg.get(ConfigOption.SIGV4A_SIGNING_REGION_SET), model, region, setup.literalPathSigningNames());
        return new SigningStage(selector, setup.payloadSigningEnabled(), credentials, bearerTokens(session, model),
                Clock.systemUTC());
    }

    /** How customizations presign (cross-region copy sources, database auth tokens) through this client. */
    private static CustomizationContext.Presigner presignerOf(CallPipeline pipeline) {
        return new CustomizationContext.Presigner() {
            @Override
            public URI inRegion(String operation, Map<String, Object> params, HttpRequest request, String inRegion,
                                Duration expiresIn) {
                return pipeline.presignInRegion(operation, params, request, inRegion, expiresIn);
            }

            @Override
            public URI request(HttpRequest request, String signingName, String inRegion, Duration expiresIn) {
                return pipeline.presignRequest(request, signingName, inRegion, expiresIn);
            }

            @Override
            public CustomizationContext.PresignableRequest operation(String operation, Map<String, Object> params,
                                                                     String httpMethod) {
                CallPipeline.PresignTarget target = pipeline.prepareForPresigning(operation, params, httpMethod);
                return new CustomizationContext.PresignableRequest(target.request(), target.signing());
            }
        };
    }

    /** The parameters the model lets a client set through {@code client_context_params}. */
    private static Set<String> clientContextParamNames(ServiceModel model) {
        JsonNode ccp = ModelTrees.metadata(model).get("clientContextParams");
        Set<String> names = new HashSet<>();
        if (ccp != null) {
            ccp.propertyNames().iterator().forEachRemaining(names::add);
        }
        return names;
    }

    private static EndpointParams endpointParams(ResolvedClientConfig cfg, String region, ClientOptions options,
                                                 ClientSetup setup) {
        EndpointParams.Builder b = EndpointParams.builder().region(region)
                .useFips(cfg.get(ConfigOption.USE_FIPS_ENDPOINT))
                .useDualStack(cfg.get(ConfigOption.USE_DUALSTACK_ENDPOINT))
                .endpointUrl(cfg.endpointUrl()).useSsl(options.useSsl())
                .stsRegionalEndpoints(cfg.stsRegionalEndpoints())
                .accountIdEndpointMode(cfg.get(ConfigOption.ACCOUNT_ID_ENDPOINT_MODE))
                .builtIns(setup.endpointBuiltIns());
        if (cfg.get(ConfigOption.CLIENT_CONTEXT_PARAMS) != null) {
            b.clientContextParams(cfg.get(ConfigOption.CLIENT_CONTEXT_PARAMS));
        }
        return b.build();
    }

    private static HttpClientSettings httpSettings(ResolvedClientConfig cfg, ClientOptions options, SessionServices s) {
        HttpClientSettings.Builder b = HttpClientSettings.builder()
                .maxPoolConnections(cfg.get(ConfigOption.MAX_POOL_CONNECTIONS))
                .connectTimeout(cfg.get(ConfigOption.CONNECT_TIMEOUT))
                .readTimeout(cfg.get(ConfigOption.READ_TIMEOUT))
                .tcpKeepAlive(cfg.get(ConfigOption.TCP_KEEPALIVE))
                .proxiesFromEnvironment(s.configStore().env());
        if (cfg.get(ConfigOption.PROXIES) != null && !cfg.get(ConfigOption.PROXIES).isEmpty()) {
            b.proxies(cfg.get(ConfigOption.PROXIES));
        }
        Object verify = options.verify();
        if (Boolean.FALSE.equals(verify)) {
            b.verify(false);
        } else if (verify instanceof String path) {
            b.caBundle(Path.of(path));
        } else if (cfg.caBundle() != null) {
            b.caBundle(s.configStore().expandPath(cfg.caBundle()));
        }
        if (options.sslContext() != null) {
            b.sslContext(options.sslContext());
            b.verify(!Boolean.FALSE.equals(verify));
        }
        return b.build();
    }

    private static Supplier<String> bearerTokens(SessionServices session, ServiceModel model) {
        return new Supplier<>() {
            private volatile BearerTokens tokens;

            @Override
            public String get() {
                BearerTokens t = tokens;
                if (t == null) {
                    t = BearerTokens.createDefault(session.configStore(), session.serviceCaller(), model.signingName(),
                            Clock.systemUTC());
                    tokens = t;
                }
                BearerToken token = t.load();
                return token == null ? null : token.token();
            }
        };
    }

}
