package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A string, with its enum values and pattern when the model gives them. */
public final class StringShape extends Shape {
    private final List<String> enumValues;

    StringShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
        JsonNode e = traits.get("enum");
        if (e != null && e.isArray()) {
            List<String> values = new ArrayList<>(e.size());
            for (JsonNode v : e) {
                values.add(v.asString());
            }
            this.enumValues = Collections.unmodifiableList(values);
        } else {
            this.enumValues = List.of();
        }
    }

    public List<String> enumValues() {
        return enumValues;
    }

    public String pattern() {
        return text(traits(), "pattern");
    }
}
