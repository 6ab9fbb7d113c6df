package io.boto4j.spring.autoconfigure;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.KnownServices;
import io.boto4j.resource.ServiceResource;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.spring.events.SdkHandlerRegistry;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Builds the client beans: per-client properties over the global ones over the SDK's chain, then the
 * {@link ConfigCustomizer}s, then the {@link ClientCustomizer}s. The factory method of every
 * {@code <service>Client} bean definition.
 */
public final class Boto4jClientFactory {
    private final Session session;
    private final Boto4jSessionFactory sessions;
    private final Boto4jProperties properties;
    private final Boto4jConnectionDetails details;
    private final List<ConfigCustomizer> configCustomizers;
    private final List<ClientCustomizer> clientCustomizers;
    private final SdkHandlerRegistry handlers;
    private final SslBundleContexts tls;
    private volatile KnownServices known;

    Boto4jClientFactory(Session session, Boto4jSessionFactory sessions, Boto4jProperties properties,
                        Boto4jConnectionDetails details, List<ConfigCustomizer> configCustomizers,
                        List<ClientCustomizer> clientCustomizers, SdkHandlerRegistry handlers, SslBundleContexts tls) {
        this.session = session;
        this.sessions = sessions;
        this.properties = properties;
        this.details = details;
        this.configCustomizers = List.copyOf(configCustomizers);
        this.clientCustomizers = List.copyOf(clientCustomizers);
        this.handlers = handlers;
        this.tls = tls;
        if (handlers != null) {
            handlers.attach(session.events());
        }
    }

    /** The client of {@code serviceName} as {@code boto4j.clients.<serviceName>} configures it. */
    public Client create(String serviceName) {
        Session owner = owner(serviceName);
        Client client = owner.client(botocoreName(serviceName), options(serviceName));
        if (handlers != null) {
            handlers.attach(client.meta().events());
        }
        return client;
    }

    /**
     * The boto3 resource of {@code serviceName} ({@code session.resource(...)}), over a client configured exactly
     * as the {@code <service>Client} bean is (same {@code boto4j.clients.<serviceName>} values and customizers).
     */
    public ServiceResource createResource(String serviceName) {
        ServiceResource resource = owner(serviceName).resource(serviceName, options(serviceName));
        if (handlers != null) {
            handlers.attach(resource.meta().client().meta().events());
        }
        return resource;
    }

    /**
     * The boto3 resource of {@code serviceName} over the {@code <service>Client} bean itself: one configuration,
     * one connection pool, and the handlers already attached to it. The bean definition gives this resource no
     * destroy method, so the client is closed once, as the client bean. A resource model of another API version than
     * the client bean speaks fails here, naming both (no service has one today).
     */
    public ServiceResource createResource(String serviceName, Client client) {
        String clientVersion = client.meta().serviceModel().apiVersion();
        String resourceVersion = known().latestResourceVersion(client.meta().serviceModel().serviceName());
        if (resourceVersion != null && !resourceVersion.equals(clientVersion)) {
            throw new IllegalStateException("the " + serviceName + " resource model is for API version "
                    + resourceVersion + " but the " + ServiceNames.clientBeanName(serviceName) + " bean speaks "
                    + clientVersion);
        }
        return session.resource(client);
    }

    private ClientOptions options(String serviceName) {
        Boto4jProperties.ClientProperties own = own(serviceName);
        ClientOptions.Builder options = ClientOptions.builder().config(config(serviceName, own));
        PropertyMapper map = PropertyMapper.get();
        map.from(firstSet(own.getEndpointUrl(), details.endpointUrl())).to(options::endpointUrl);
        map.from(blankToNull(own.getRegion())).to(options::regionName);
        Boto4jProperties.Credentials keys = own.getCredentials();
        if (keys.isSet()) {
            map.from(keys::getAccessKeyId).to(options::awsAccessKeyId);
            map.from(keys::getSecretAccessKey).to(options::awsSecretAccessKey);
            map.from(keys::getSessionToken).to(options::awsSessionToken);
        }
        String ownBundle = blankToNull(own.getSsl().getBundle());
        String bundle = firstSet(ownBundle, properties.getSsl().getBundle());
        if (bundle != null) {
            String property = ownBundle != null ? "boto4j.clients." + serviceName + ".ssl.bundle" : "boto4j.ssl.bundle";
            options.sslContext(tls.context(property, bundle));
        }
        clientCustomizers.forEach(c -> c.customize(serviceName, options));
        return options.build();
    }

    /** The session a service's clients come from: the context's, or one of the client's own profile. */
    private Session owner(String serviceName) {
        Boto4jProperties.ClientProperties own = own(serviceName);
        Session owner = blankToNull(own.getProfile()) != null ? sessions.forProfile(own.getProfile()) : session;
        if (handlers != null && owner != session) {
            handlers.attach(owner.events());
        }
        return owner;
    }

    /** {@code boto4j.clients.cloudwatch-logs} configures botocore's {@code logs}: the key may be the event name. */
    private String botocoreName(String key) {
        String name = known().serviceName(ServiceKeys.canonical(key, known()));
        return name == null ? key : name;
    }

    private KnownServices known() {
        KnownServices c = known;
        if (c == null) {
            c = KnownServices.fromEnvironment();
            known = c;
        }
        return c;
    }

    private Boto4jProperties.ClientProperties own(String serviceName) {
        return properties.getClients().getOrDefault(serviceName, new Boto4jProperties.ClientProperties());
    }

    private Config config(String serviceName, Boto4jProperties.ClientProperties own) {
        Map<String, Object> tree = ConfigOptionsAdapter.merge(properties.getConfig(), own.getConfig());
        Config.Builder config = ConfigOptionsAdapter.toConfig("boto4j.clients." + serviceName + ".config", tree)
                .toBuilder();
        configCustomizers.forEach(c -> c.customize(serviceName, config));
        return config.build();
    }

    private static String firstSet(String first, String second) {
        return blankToNull(first) != null ? first : blankToNull(second);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
