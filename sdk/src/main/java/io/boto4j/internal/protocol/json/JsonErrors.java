package io.boto4j.internal.protocol.json;

import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import io.boto4j.http.HttpResponse;
import io.boto4j.internal.protocol.ErrorResponses;
import io.boto4j.internal.protocol.ResponseMetadata;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error map of the JSON-bodied protocols (json, rest-json, smithy-rpc-v2-cbor): the code from
 * {@code __type} (or, for rest-json, the {@code x-amzn-errortype} header or a {@code code} field), stripped of
 * its namespace and suffix; the message from {@code message} or {@code Message}; query-compatible codes from
 * {@code x-amzn-query-error}.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * @param body   the error body already decoded to a map (an unreadable body: {@code {"message": text}})
     * @param rest   whether the rest-json rules for the code apply
     */
    public static Map<String, Object> build(HttpResponse response, Map<String, Object> body, boolean rest) {
        Map<String, Object> error = ErrorResponses.emptyError();
        Object message = body.containsKey("message") ? body.get("message") : body.getOrDefault("Message", "");
        error.put("Message", message == null ? "" : message.toString());
        Object type = body.get("__type");
        if (type == null) {
            // services that send no __type name the error in a header or a code field (Smithy's awsJson rules)
            String header = response.headers().first("x-amzn-errortype");
            type = header != null ? header : body.containsKey("code") ? body.get("code") : body.get("Code");
        }
        String code = type != null ? type.toString() : Integer.toString(response.statusCode());
        code = ErrorResponses.normalizeCode(code);
        code = ErrorResponses.queryCompatibleCode(code, response.headers().first("x-amzn-query-error"), error);
        error.put("Code", code);
        if (rest) {
            String header = response.headers().first("x-amzn-errortype");
            Object override = header != null ? header
                    : body.containsKey("code") ? body.get("code") : body.get("Code");
            if (override != null) {
                error.put("Code", ErrorResponses.normalizeCode(override.toString()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Error", error);
        Map<String, Object> metadata = new LinkedHashMap<>();
        String id = response.headers().first("x-amzn-requestid");
        if (id != null) {
            metadata.put("RequestId", id);
        }
        out.put(ResponseMetadata.KEY, metadata);
        return out;
    }

    /** A JSON error body as a map; an empty body is empty, anything not a JSON object becomes the message. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readBody(byte[] body) {
        if (body.length == 0) {
            return new LinkedHashMap<>();
        }
        try {
            Object v = JsonTrees.toJava(JsonTrees.read(body, 0, body.length));
            if (v instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
        } catch (JacksonException ignored) {
            // botocore keeps an unreadable body as the message
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message", new String(body, StandardCharsets.UTF_8));
        return m;
    }
}
