package io.boto4j.pipeline;

import io.boto4j.endpoints.ResolvedEndpoint;
import io.boto4j.http.HttpRequest;
import io.boto4j.protocol.SerializedRequest;
import java.net.URI;
import java.util.Map;

/**
 * Joins a serialized request with its endpoint into an HTTP request (botocore's {@code prepare_request_dict}):
 * the URL as {@link SerializedRequest#toUrl} builds it, the endpoint's headers, the client's User-Agent.
 */
final class RequestAssembly {
    private RequestAssembly() {
    }

    static HttpRequest.Builder assemble(SerializedRequest s, ResolvedEndpoint endpoint, boolean injectHostPrefix,
                                        String userAgent) {
        HttpRequest.Builder b = HttpRequest.builder().method(s.method())
                .uri(URI.create(s.toUrl(endpoint.url(), injectHostPrefix)))
                .headers(s.headers()).body(s.body());
        for (Map.Entry<String, String> h : endpoint.headers().entrySet()) {
            b.headers().set(h.getKey(), h.getValue());
        }
        b.headers().set("User-Agent", userAgent);
        return b;
    }

    /** The request's URI moved from one endpoint to another: the part after the old endpoint URL is kept. */
    static URI rebase(URI requestUri, ResolvedEndpoint from, ResolvedEndpoint to) {
        String url = requestUri.toString();
        String oldBase = trimSlash(from.url());
        String newBase = trimSlash(to.url());
        if (url.startsWith(oldBase)) {
            return URI.create(newBase + url.substring(oldBase.length()));
        }
        URI target = to.uri();
        return URI.create(target.getScheme() + "://" + target.getRawAuthority() + requestUri.getRawPath()
                + (requestUri.getRawQuery() == null ? "" : "?" + requestUri.getRawQuery()));
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
