package io.boto4j.internal.json;

import java.util.Iterator;
import java.util.Map;

/** botocore's deep merge (used for {@code *.sdk-extras.json}): objects merge key by key, anything else replaces. */
public final class JsonMerge {
    private JsonMerge() {
    }

    public static void deepMerge(ObjectNode base, JsonNode extra) {
        for (Iterator<Map.Entry<String, JsonNode>> it = extra.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue().isObject()) {
                deepMerge(o, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }

    /** Merges {@code next} into {@code acc} (copying when {@code acc} is null) and returns the result. */
    public static JsonNode combine(JsonNode acc, JsonNode next) {
        if (next == null) {
            return acc;
        }
        if (acc == null) {
            return next.deepCopy();
        }
        deepMerge((ObjectNode) acc, next);
        return acc;
    }
}
