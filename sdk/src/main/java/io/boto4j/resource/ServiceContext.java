package io.boto4j.resource;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.client.Client;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every resource of one service resource shares (boto3's {@code ServiceContext} plus its factory): the
 * client, the service model, the resource definitions, and the resource classes, each built once on first use
 * and announced with {@code creating-resource-class.<service>.<Class>} on the client's emitter.
 */
final class ServiceContext {
    static final String SERVICE_CLASS = "ServiceResource";

    private final String serviceName;
    private final Client client;
    private final JsonNode document;
    private final JsonNode resources;
    private final Map<String, ResourceType> types = new ConcurrentHashMap<>();
    private volatile ResourceType serviceType;

    ServiceContext(String serviceName, Client client, JsonNode document) {
        this.serviceName = serviceName;
        this.client = client;
        this.document = document;
        JsonNode r = document.get("resources");
        this.resources = r == null ? io.boto4j.internal.json.JsonTrees.object() : r;
    }

    String serviceName() {
        return serviceName;
    }

    Client client() {
        return client;
    }

    ServiceModel serviceModel() {
        return client.meta().serviceModel();
    }

    EventEmitter events() {
        return client.meta().events();
    }

    List<String> resourceNames() {
        List<String> out = new ArrayList<>();
        out.addAll(resources.propertyNames());
        return out;
    }

    ResourceType serviceType() {
        ResourceType t = serviceType;
        if (t == null) {
            synchronized (this) {
                t = serviceType;
                if (t == null) {
                    JsonNode def = document.get("service");
                    t = build(serviceName, SERVICE_CLASS, def == null ? io.boto4j.internal.json.JsonTrees.object() : def, true);
                    serviceType = t;
                }
            }
        }
        return t;
    }

    /** The class of a resource by its model name. */
    ResourceType type(String name) {
        ResourceType t = types.get(name);
        if (t != null) {
            return t;
        }
        JsonNode def = resources.get(name);
        if (def == null) {
            throw NameIndex.unknown("resource", serviceName, name, resourceNames());
        }
        // built outside computeIfAbsent: handlers may ask for other types while this one is being built
        ResourceType built = build(name, name, def, false);
        ResourceType prior = types.putIfAbsent(name, built);
        return prior != null ? prior : built;
    }

    private ResourceType build(String name, String className, JsonNode def, boolean isService) {
        ResourceModel model = new ResourceModel(name, def, resources, isService, shapeMembers(def));
        ResourceClassBuilder builder = new ResourceClassBuilder(serviceName, className, model, serviceModel());
        String event = ResourceClassBuilder.EVENT + "." + serviceName + "." + className;
        if (events().hasHandlers(event)) {
            events().emit(event, Map.of(ResourceClassBuilder.ARGUMENT, builder, "service_name", serviceName,
                    "resource_name", name, "service_model", serviceModel()));
        }
        return new ResourceType(this, builder);
    }

    private List<String> shapeMembers(JsonNode def) {
        String shape = Definitions.text(def, "shape");
        if (shape == null) {
            return List.of();
        }
        Shape s = serviceModel().shape(shape);
        return s instanceof StructureShape st ? List.copyOf(st.members().keySet()) : List.of();
    }
}
