package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;

/** A timestamp; {@link #timestampFormat()} is its override, null meaning the protocol's default. */
public final class TimestampShape extends Shape {
    TimestampShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
    }
}
