package io.boto4j.internal.pipeline;

import java.util.Map;

/** The retry facts boto3 puts in {@code ResponseMetadata}: {@code RetryAttempts} and {@code MaxAttemptsReached}. */
final class ResponseMetadataStage {
    private ResponseMetadataStage() {
    }

    @SuppressWarnings("unchecked")
    static void record(Map<String, Object> parsed, int retries, boolean maxAttemptsReached) {
        if (parsed == null || !(parsed.get("ResponseMetadata") instanceof Map<?, ?> meta)) {
            return;
        }
        Map<String, Object> m = (Map<String, Object>) meta;
        m.put("RetryAttempts", retries);
        if (maxAttemptsReached) {
            m.put("MaxAttemptsReached", true);
        }
    }

    static int status(Map<String, Object> parsed) {
        if (parsed != null && parsed.get("ResponseMetadata") instanceof Map<?, ?> meta
                && meta.get("HTTPStatusCode") instanceof Number n) {
            return n.intValue();
        }
        return 200;
    }
}
