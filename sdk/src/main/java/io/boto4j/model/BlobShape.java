package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;

/** Binary data; as a payload it may be {@code streaming} (and {@code requiresLength}). */
public final class BlobShape extends Shape {
    BlobShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
    }

    public boolean requiresLength() {
        return bool(traits(), "requiresLength");
    }
}
