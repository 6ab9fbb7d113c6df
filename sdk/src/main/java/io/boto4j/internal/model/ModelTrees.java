package io.boto4j.internal.model;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.Shape;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;

/**
 * The model's JSON trees, for the serializers, parsers, rule engine and customizations. The public model
 * ({@code io.boto4j.model}) shows typed views only, so no Jackson type is part of the API; the stages that
 * read raw traits reach the trees through here. {@code io.boto4j.model} installs the implementation when
 * {@link ServiceModel} is initialised (the JDK's "shared secrets" arrangement).
 */
public final class ModelTrees {
    /** What {@code io.boto4j.model} gives internal code; implemented there, package-private. */
    public interface Access {
        JsonNode traits(Shape shape);

        JsonNode operation(OperationModel operation);

        JsonNode metadata(ServiceModel service);

        ServiceModel parse(String serviceName, byte[] json, String origin, List<JsonNode> extras);

        ServiceModel shared(String serviceName, byte[] json, String origin, List<JsonNode> extras);

        ServiceModel fromTree(String serviceName, JsonNode tree);
    }

    private static volatile Access access;

    private ModelTrees() {
    }

    /** Called once, by {@code io.boto4j.model}; a second call is refused so nothing can replace the model's view. */
    public static void install(Access implementation) {
        synchronized (ModelTrees.class) {
            if (access != null) {
                throw new IllegalStateException("the model access is installed already");
            }
            access = implementation;
        }
    }

    private static Access access() {
        Access a = access;
        if (a == null) {
            try {
                MethodHandles.lookup().ensureInitialized(ServiceModel.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }

    /** Every trait of the shape and of the reference to it, as in the model. */
    public static JsonNode traits(Shape shape) {
        return access().traits(shape);
    }

    /** A trait by name, or null. */
    public static JsonNode trait(Shape shape, String key) {
        return access().traits(shape).get(key);
    }

    /** The operation's JSON as in the model. */
    public static JsonNode operation(OperationModel operation) {
        return access().operation(operation);
    }

    /** The flexible-checksum trait ({@code requestAlgorithmMember}, {@code requestChecksumRequired}, ...), or null. */
    public static JsonNode httpChecksum(OperationModel operation) {
        return access().operation(operation).get("httpChecksum");
    }

    /** The {@code requestcompression} trait ({@code encodings}), or null. */
    public static JsonNode requestCompression(OperationModel operation) {
        return access().operation(operation).get("requestcompression");
    }

    /** Static context params for endpoint resolution: parameter name to its {@code value} node. */
    public static Map<String, JsonNode> staticContextParams(OperationModel operation) {
        JsonNode p = access().operation(operation).get("staticContextParams");
        if (p == null) {
            return Map.of();
        }
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            out.put(e.getKey(), e.getValue().get("value"));
        }
        return out;
    }

    public static JsonNode metadata(ServiceModel service) {
        return access().metadata(service);
    }

    /** See {@code ServiceModel}: a new model over the raw bytes of a {@code service-2.json} and its extras. */
    public static ServiceModel parse(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        return access().parse(serviceName, json, origin, extras);
    }

    /** The JVM-wide model for a file, shared by every client of the service. */
    public static ServiceModel shared(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        return access().shared(serviceName, json, origin, extras);
    }

    /** A model over a parsed tree (tests, protocol suites). */
    public static ServiceModel fromTree(String serviceName, JsonNode tree) {
        return access().fromTree(serviceName, tree);
    }
}
