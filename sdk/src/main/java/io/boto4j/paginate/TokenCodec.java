package io.boto4j.paginate;

import tools.jackson.core.type.TypeReference;
import io.boto4j.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's resume-token format: base64 of the JSON of a dict holding the input tokens (and
 * {@code boto_truncate_amount} when a page was cut short). Blobs inside a token (a map-valued key token may
 * hold binary attribute values) are written as base64 strings and their paths listed under
 * {@code boto_encoded_keys}, so that boto3 and boto4j read each other's tokens.
 */
final class TokenCodec {
    static final String ENCODED_KEYS = "boto_encoded_keys";
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private TokenCodec() {
    }

    static String encode(Map<String, Object> token) {
        List<List<Object>> encodedPaths = new ArrayList<>();
        Object withoutBytes = encodeBytes(token, new ArrayList<>(), encodedPaths);
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) withoutBytes;
        if (!encodedPaths.isEmpty()) {
            out.put(ENCODED_KEYS, encodedPaths);
        }
        return Base64.getEncoder().encodeToString(PythonJson.write(out).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token's dict, blobs restored.
     *
     * @throws IllegalArgumentException when the string is not a token in this format
     */
    static Map<String, Object> decode(String token) {
        LinkedHashMap<String, Object> decoded;
        try {
            byte[] json = Base64.getMimeDecoder().decode(token);
            decoded = Json.mapper().readValue(json, MAP);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a base64 JSON token", e);
        }
        if (decoded == null) {
            throw new IllegalArgumentException("not a base64 JSON token");
        }
        Object paths = decoded.remove(ENCODED_KEYS);
        if (paths instanceof List<?> list) {
            for (Object path : list) {
                decodePath(decoded, path);
            }
        }
        return decoded;
    }

    private static Object encodeBytes(Object value, List<Object> path, List<List<Object>> encoded) {
        if (value instanceof byte[] b) {
            encoded.add(List.copyOf(path));
            return Base64.getEncoder().encodeToString(b);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                path.add(key);
                out.put(key, encodeBytes(e.getValue(), path, encoded));
                path.remove(path.size() - 1);
            }
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) {
                path.add(i);
                out.add(encodeBytes(l.get(i), path, encoded));
                path.remove(path.size() - 1);
            }
            return out;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static void decodePath(Object root, Object path) {
        if (!(path instanceof List<?> steps) || steps.isEmpty()) {
            throw new IllegalArgumentException(ENCODED_KEYS + " holds a bad path: " + path);
        }
        Object container = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            container = step(container, steps.get(i), path);
        }
        Object last = steps.get(steps.size() - 1);
        Object encoded = step(container, last, path);
        if (!(encoded instanceof String s)) {
            throw new IllegalArgumentException(ENCODED_KEYS + " points at a non-string value: " + path);
        }
        byte[] bytes = Base64.getMimeDecoder().decode(s);
        if (container instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put(String.valueOf(last), bytes);
        } else {
            ((List<Object>) container).set(((Number) last).intValue(), bytes);
        }
    }

    private static Object step(Object container, Object key, Object path) {
        if (container instanceof Map<?, ?> m && key instanceof String k && m.containsKey(k)) {
            return m.get(k);
        }
        if (container instanceof List<?> l && key instanceof Number n && n.intValue() >= 0 && n.intValue() < l.size()) {
            return l.get(n.intValue());
        }
        throw new IllegalArgumentException(ENCODED_KEYS + " names a path that is not in the token: " + path);
    }
}
