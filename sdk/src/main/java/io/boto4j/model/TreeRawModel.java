package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.JsonTrees;
import java.util.ArrayList;
import java.util.List;

/** A model given as a whole tree (tests, protocol conformance suites, user-built models). */
final class TreeRawModel implements RawModel {
    private final JsonNode tree;
    private final String origin;

    TreeRawModel(JsonNode tree, String origin) {
        this.tree = tree;
        this.origin = origin;
    }

    @Override
    public JsonNode metadata() {
        JsonNode m = tree.get("metadata");
        return m == null ? JsonTrees.object() : m;
    }

    @Override
    public List<String> operationNames() {
        List<String> names = new ArrayList<>();
        tree.path("operations").propertyNames().iterator().forEachRemaining(names::add);
        return names;
    }

    @Override
    public List<String> shapeNames() {
        List<String> names = new ArrayList<>();
        tree.path("shapes").propertyNames().iterator().forEachRemaining(names::add);
        return names;
    }

    @Override
    public JsonNode operation(String name) {
        return tree.path("operations").get(name);
    }

    @Override
    public JsonNode shape(String name) {
        return tree.path("shapes").get(name);
    }

    @Override
    public List<String> exceptionShapeNames() {
        List<String> names = new ArrayList<>();
        tree.path("shapes").properties().iterator().forEachRemaining(e -> {
            if (e.getValue().path("exception").asBoolean(false)) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    @Override
    public String origin() {
        return origin;
    }
}
