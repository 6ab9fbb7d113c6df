package io.boto4j.customizations.s3;

import java.util.Map;

/** Typed access to the named arguments the pipeline passes to event handlers. */
final class S3Args {
    private S3Args() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> params(Map<String, Object> kwargs) {
        return (Map<String, Object>) kwargs.get("params");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parsed(Map<String, Object> kwargs) {
        return (Map<String, Object>) kwargs.get("parsed");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> context(Map<String, Object> kwargs) {
        return (Map<String, Object>) kwargs.get("context");
    }

    @SuppressWarnings("unchecked")
    static void put(Map<?, ?> map, String key, Object value) {
        ((Map<String, Object>) map).put(key, value);
    }
}
