package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;

/** A map of key shape to value shape. */
public final class MapShape extends Shape {
    private volatile Shape key;
    private volatile Shape value;

    MapShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
    }

    public Shape key() {
        Shape k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = model.resolveRef(traits().get("key"), name() + "$key");
                    key = k;
                }
            }
        }
        return k;
    }

    public Shape value() {
        Shape v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = model.resolveRef(traits().get("value"), name() + "$value");
                    value = v;
                }
            }
        }
        return v;
    }
}
