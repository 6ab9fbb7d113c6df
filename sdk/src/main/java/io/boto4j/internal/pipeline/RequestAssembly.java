package io.boto4j.internal.pipeline;

import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.exception.EndpointResolutionError;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.SerializedRequest;
import java.net.URI;
import java.util.Map;

/**
 * Joins a serialized request with its endpoint into an HTTP request (botocore's {@code prepare_request_dict}):
 * the URL as {@link SerializedRequest#toUrl} builds it, the endpoint's headers, the client's User-Agent, and
 * {@code x-amz-api-version} on an endpoint-discovery operation.
 */
final class RequestAssembly {
    private RequestAssembly() {
    }

    static HttpRequest.Builder assemble(OperationModel operation, SerializedRequest s, ResolvedEndpoint endpoint,
                                        boolean injectHostPrefix, String userAgent) {
        String url = s.toUrl(endpoint.url(), injectHostPrefix);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new EndpointResolutionError(operation.name() + ": cannot build the request URL " + url + " from endpoint "
                    + endpoint.url() + (s.hostPrefix() == null ? "" : " and host prefix '" + s.hostPrefix() + "'")
                    + ": " + e.getMessage() + "; check endpoint_url, or set inject_host_prefix to false");
        }
        HttpRequest.Builder b = HttpRequest.builder().method(s.method()).uri(uri)
                .headers(s.headers()).body(s.body());
        for (Map.Entry<String, String> h : endpoint.headers().entrySet()) {
            b.headers().set(h.getKey(), h.getValue());
        }
        if (operation.isEndpointOperation()) {
            // the endpoint-discovery operation names the API version it answers for (botocore's
            // inject_api_version_header_if_needed; every other operation's version is in its target or path)
            b.headers().set("x-amz-api-version", operation.serviceModel().apiVersion());
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
