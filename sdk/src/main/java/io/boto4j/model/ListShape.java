package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;

/** A list; its member reference may carry {@code locationName} (xml) and {@code queryName}. */
public final class ListShape extends Shape {
    private volatile Shape member;

    ListShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
    }

    public Shape member() {
        Shape m = member;
        if (m == null) {
            synchronized (this) {
                m = member;
                if (m == null) {
                    m = model.resolveRef(traits().get("member"), name() + "$member");
                    member = m;
                }
            }
        }
        return m;
    }
}
