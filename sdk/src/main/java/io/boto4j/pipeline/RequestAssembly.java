package io.boto4j.pipeline;

import io.boto4j.endpoints.ResolvedEndpoint;
import io.boto4j.http.HttpRequest;
import io.boto4j.protocol.SerializedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Joins a serialized request with its endpoint into an HTTP request, as botocore's {@code prepare_request_dict}:
 * the endpoint's path is kept before the operation's, the host prefix goes before the host, query values are
 * percent-encoded with only {@code -_.~} left as they are.
 */
final class RequestAssembly {
    private RequestAssembly() {
    }

    static HttpRequest.Builder assemble(SerializedRequest s, ResolvedEndpoint endpoint, boolean injectHostPrefix,
                                        String userAgent) {
        URI base = endpoint.uri();
        StringBuilder url = new StringBuilder(256).append(base.getScheme()).append("://");
        if (injectHostPrefix && s.hostPrefix() != null) {
            url.append(s.hostPrefix());
        }
        url.append(base.getRawAuthority());
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        if (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        String path = s.path() == null || s.path().isEmpty() ? "/" : s.path();
        url.append(basePath).append(path.startsWith("/") ? path : "/" + path);
        String existingQuery = base.getRawQuery();
        boolean first = true;
        if (existingQuery != null && !existingQuery.isEmpty()) {
            url.append('?').append(existingQuery);
            first = false;
        }
        for (Map.Entry<String, String> q : s.query()) {
            url.append(first ? '?' : '&');
            first = false;
            encode(url, q.getKey());
            if (q.getValue() != null) {
                url.append('=');
                encode(url, q.getValue());
            }
        }
        HttpRequest.Builder b = HttpRequest.builder().method(s.method()).uri(URI.create(url.toString()))
                .headers(s.headers()).body(s.body());
        for (Map.Entry<String, String> h : endpoint.headers().entrySet()) {
            b.headers().set(h.getKey(), h.getValue());
        }
        b.headers().set("User-Agent", userAgent);
        return b;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static void encode(StringBuilder out, String value) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
    }
}
