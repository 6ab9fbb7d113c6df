package io.boto4j.internal.protocol;

import io.boto4j.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** boto3's {@code ResponseMetadata}: RequestId (and HostId) as the protocol finds them, then status and headers. */
public final class ResponseMetadata {
    public static final String KEY = "ResponseMetadata";

    private ResponseMetadata() {
    }

    /** The metadata map of {@code result}, created (first in order) when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, Object> result) {
        Object m = result.get(KEY);
        if (m instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        result.put(KEY, created);
        return created;
    }

    /** Sets RequestId from the header that carries it, when present. */
    public static void requestIdFromHeader(Map<String, Object> result, HttpResponse response, String header) {
        String id = response.headers().first(header);
        if (id != null) {
            of(result).put("RequestId", id);
        }
    }

    /** The rest protocols' request id: x-amzn-requestid, else x-amz-request-id with its x-amz-id-2 host id. */
    public static void restRequestId(Map<String, Object> metadata, HttpResponse response) {
        String id = response.headers().first("x-amzn-requestid");
        if (id != null) {
            metadata.put("RequestId", id);
            return;
        }
        id = response.headers().first("x-amz-request-id");
        if (id != null) {
            metadata.put("RequestId", id);
            String host = response.headers().first("x-amz-id-2");
            metadata.put("HostId", host == null ? "" : host);
        }
    }

    static void finish(Map<String, Object> result, HttpResponse response) {
        Map<String, Object> metadata = of(result);
        metadata.put("HTTPStatusCode", response.statusCode());
        metadata.put("HTTPHeaders", response.headers().toLowerCaseMap());
        metadata.putIfAbsent("RetryAttempts", 0);
        // boto3 lists ResponseMetadata last
        result.remove(KEY);
        result.put(KEY, metadata);
    }
}
