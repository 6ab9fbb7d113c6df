package io.boto4j.resource;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.client.Client;
import io.boto4j.events.EventEmitter;
import io.boto4j.exception.ResourceNotExistsError;
import io.boto4j.client.SessionServices;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.names.ClosestNames;
import io.boto4j.internal.loader.LoaderOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * boto3's service resource ({@code session.resource("sqs")}): the entry to a service's resources. Besides the
 * service-level actions and collections of every {@link Resource} ({@code action("create_queue", ...)},
 * {@code collection("buckets")}), it makes any resource of the service from its identifiers:
 * {@code resource("Object", "bucket", "key")}. Built at run time from boto3's {@code resources-1.json}; nothing
 * here knows a service. Closing it closes its client.
 */
public final class ServiceResource extends Resource implements AutoCloseable {
    /** The loader's name of boto3's resource model files. */
    public static final String TYPE_NAME = "resources-1";
    private static final List<ResourceCustomization> CUSTOMIZATIONS = loadCustomizations();

    private ServiceResource(ResourceType type) {
        super(type, new Object[0], null);
    }

    /**
     * The service resource of {@code serviceName}, as {@code session.resource(...)} makes it: the newest
     * {@code resources-1} model unless {@code apiVersion} is given, and a client of that api version from
     * {@code clientForVersion}. A service without a resource model fails with {@link ResourceNotExistsError}.
     */
    public static ServiceResource create(String serviceName, SessionServices session, String apiVersion,
                                         Function<String, Client> clientForVersion) {
        Loader loader = LoaderOwner.of(session);
        List<String> available = loader.listAvailableServices(TYPE_NAME);
        if (!available.contains(serviceName)) {
            boolean hasClient = loader.listAvailableServices("service-2").contains(serviceName);
            throw new ResourceNotExistsError(serviceName, ClosestNames.suggest(serviceName, available), available,
                    hasClient);
        }
        String version = apiVersion != null ? apiVersion : loader.determineLatestVersion(serviceName, TYPE_NAME);
        JsonNode document = loader.loadServiceModel(serviceName, TYPE_NAME, version);
        return create(serviceName, clientForVersion.apply(version), document);
    }

    /**
     * The service resource of {@code serviceName} over {@code client}, from the resource document the loader
     * returned ({@code resources-1.json} as a tree). Registers the {@link ResourceCustomization} plugins on the
     * client's emitter, then builds the service class (its {@code creating-resource-class} event fires now; the
     * other classes' events fire when each class is first used).
     */
    static ServiceResource create(String serviceName, Client client, JsonNode resourceDocument) {
        EventEmitter events = client.meta().events();
        for (ResourceCustomization c : CUSTOMIZATIONS) {
            c.register(events);
        }
        ServiceContext context = new ServiceContext(serviceName, client, resourceDocument);
        return new ServiceResource(context.serviceType());
    }

    private static List<ResourceCustomization> loadCustomizations() {
        List<ResourceCustomization> out = new ArrayList<>();
        for (ResourceCustomization c : ServiceLoader.load(ResourceCustomization.class,
                ServiceResource.class.getClassLoader())) {
            out.add(c);
        }
        return List.copyOf(out);
    }

    /**
     * A resource of the service from its identifiers in model order ({@code resource("Queue", url)}); no call is
     * made. A missing or extra identifier fails naming the resource and its identifiers.
     */
    @Override
    public Resource resource(String name, Object... identifiers) {
        ResourceType t = typeOf(name);
        if (identifiers.length < t.identifierNames().size()) {
            List<String> missing = t.identifierNames().subList(identifiers.length, t.identifierNames().size());
            throw new IllegalArgumentException("Required parameter " + missing.get(0) + " not set: " + t.className()
                    + " takes the identifiers (" + String.join(", ", t.identifierNames()) + "), got "
                    + identifiers.length);
        }
        return Resource.of(t, identifiers);
    }

    /** A resource from named identifiers ({@code Map.of("bucket_name", "b", "key", "k")}). */
    public Resource resource(String name, Map<String, ?> identifiers) {
        return Resource.of(typeOf(name), identifiers);
    }

    /** The class of a resource of the service, built (and announced to handlers) on first use. */
    public ResourceType resourceType(String name) {
        return typeOf(name);
    }

    /** The names of the service's resources, as in the model ({@code Bucket}, {@code Object}, ...). */
    public List<String> resourceNames() {
        return type().service().resourceNames();
    }

    private ResourceType typeOf(String name) {
        ServiceContext s = type().service();
        String modelName = name;
        if (!s.resourceNames().contains(name)) {
            for (String candidate : s.resourceNames()) {
                if (io.boto4j.model.Names.xformName(candidate).equals(name)) {
                    modelName = candidate;
                }
            }
            if (modelName.equals(name) && type().subResourceNames().contains(name)) {
                modelName = type().subresource(name).resource().type();
            }
        }
        return s.type(modelName);
    }

    /** Closes the client. */
    @Override
    public void close() {
        client().close();
    }

    @Override
    public String toString() {
        return type().className() + "()";
    }
}
