package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.model.ModelTrees;
import java.util.List;

/** The model's side of {@link ModelTrees}: the trees behind the typed views, for internal code only. */
final class ModelTreesAccess implements ModelTrees.Access {
    @Override
    public JsonNode traits(Shape shape) {
        return shape.traits();
    }

    @Override
    public JsonNode operation(OperationModel operation) {
        return operation.raw();
    }

    @Override
    public JsonNode metadata(ServiceModel service) {
        return service.metadata();
    }

    @Override
    public ServiceModel parse(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        return ServiceModel.parse(serviceName, json, origin, extras);
    }

    @Override
    public ServiceModel shared(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        return ServiceModel.shared(serviceName, json, origin, extras);
    }

    @Override
    public ServiceModel fromTree(String serviceName, JsonNode tree) {
        return ServiceModel.fromTree(serviceName, tree);
    }
}
