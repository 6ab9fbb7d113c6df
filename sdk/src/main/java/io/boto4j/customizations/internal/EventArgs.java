package io.boto4j.customizations.internal;

import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import java.util.Map;

/** Typed access to the named arguments the call pipeline hands to event handlers. */
public final class EventArgs {
    private EventArgs() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> params(Map<String, Object> kwargs) {
        return (Map<String, Object>) kwargs.get("params");
    }

    /** The parsed result of after-call handlers (null when the call was short-circuited without one). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parsed(Map<String, Object> kwargs) {
        return (Map<String, Object>) kwargs.get("parsed");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> context(Map<String, Object> kwargs) {
        return (Map<String, Object>) kwargs.get("context");
    }

    /** The request still being built (before-call, request-created, before-sign). */
    public static HttpRequest.Builder request(Map<String, Object> kwargs) {
        return (HttpRequest.Builder) kwargs.get("request");
    }

    public static HttpResponse httpResponse(Map<String, Object> kwargs) {
        return (HttpResponse) kwargs.get("http_response");
    }

    /** True when the parsed result is an error (a status of 300 and above). */
    public static boolean isError(Map<String, Object> parsed) {
        return parsed == null || parsed.containsKey("Error") && parsed.get("ResponseMetadata") instanceof Map<?, ?> md
                && md.get("HTTPStatusCode") instanceof Number n && n.intValue() >= 300;
    }
}
