package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The JVM-wide models behind {@link ServiceModel#shared}: one per service and file, so clients share resolved
 * shapes. An entry is reused when the bytes are the same array (the loader's cache hands out one) or equal
 * ones, and replaced when the file changed.
 */
final class SharedModels {
    private record Entry(byte[] bytes, List<JsonNode> extras, ServiceModel model) {
    }

    private static final Map<String, Entry> MODELS = new ConcurrentHashMap<>();

    private SharedModels() {
    }

    static ServiceModel get(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        String key = serviceName + '\n' + origin;
        Entry e = MODELS.get(key);
        if (e != null && sameContent(e, json, extras)) {
            return e.model;
        }
        return MODELS.compute(key, new Parse(serviceName, json, origin, extras)).model;
    }

    /** The model of a key parsed under the map's lock, once, unless a racing thread stored the same content. */
    private static final class Parse implements BiFunction<String, Entry, Entry> {
        private final String serviceName;
        private final byte[] json;
        private final String origin;
        private final List<JsonNode> extras;

        Parse(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
            this.serviceName = serviceName;
            this.json = json;
            this.origin = origin;
            this.extras = extras;
        }

        @Override
        public Entry apply(String key, Entry prior) {
            return prior != null && sameContent(prior, json, extras) ? prior
                    : new Entry(json, List.copyOf(extras), ServiceModel.parse(serviceName, json, origin, extras));
        }
    }

    private static boolean sameContent(Entry e, byte[] json, List<JsonNode> extras) {
        return (e.bytes == json || Arrays.equals(e.bytes, json)) && e.extras.equals(extras);
    }
}
