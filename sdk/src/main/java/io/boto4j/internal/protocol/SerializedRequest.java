package io.boto4j.internal.protocol;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What a serializer makes of an operation call, before an endpoint is known: belongs to no HTTP library, so it
 * is easy to compare with botocore's request dict.
 *
 * @param method     HTTP method
 * @param path       the path from the operation's requestUri with labels filled in and percent-encoded
 *                   (without the endpoint's own path), e.g. {@code /bucket/key%20name}; a literal query in the
 *                   model's requestUri (e.g. {@code /?tagging}) stays here, as in botocore
 * @param query      query parameters in serialization order; names and values not yet encoded
 * @param headers    headers the protocol sets (Content-Type, X-Amz-Target, located members, ...)
 * @param body       the body (empty for none)
 * @param hostPrefix the operation's host prefix with labels filled in, e.g. {@code data.}, or null
 * @param queryGiven true when the call set a query member, even one that wrote no parameter (an empty list):
 *                   botocore then still appends the query separator, leaving a bare {@code ?} (or {@code &})
 */
public record SerializedRequest(String method, String path, List<Map.Entry<String, String>> query,
                                HttpHeaders headers, RequestBody body, String hostPrefix, boolean queryGiven) {

    /** A request whose query members are exactly its parameters. */
    public SerializedRequest(String method, String path, List<Map.Entry<String, String>> query,
                             HttpHeaders headers, RequestBody body, String hostPrefix) {
        this(method, path, query, headers, body, hostPrefix, !query.isEmpty());
    }

    /** The same request with other headers (a pipeline stage adding or replacing some). */
    public SerializedRequest withHeaders(HttpHeaders newHeaders) {
        return new SerializedRequest(method, path, query, newHeaders, body, hostPrefix, queryGiven);
    }

    /** The same request with another body (request compression). */
    public SerializedRequest withBody(RequestBody newBody) {
        return new SerializedRequest(method, path, query, headers, newBody, hostPrefix, queryGiven);
    }

    /** The encoded query string ({@code a=1&b=x%20y}), empty when there are no query parameters. */
    public String encodedQuery() {
        return query.isEmpty() ? "" : PercentEncoder.encodeQuery(query);
    }

    /**
     * The full URL of this request at {@code endpointUrl}, as botocore joins them: the endpoint's own path
     * first (without doubling a slash), the host prefix before the endpoint's host (unless
     * {@code injectHostPrefix} is false), then {@code '?'} (or {@code '&'} after a literal query in the path)
     * and the encoded query; the separator alone when a query member was given but wrote nothing.
     */
    public URI toUri(String endpointUrl, boolean injectHostPrefix) {
        return URI.create(toUrl(endpointUrl, injectHostPrefix));
    }

    public URI toUri(String endpointUrl) {
        return toUri(endpointUrl, true);
    }

    /** {@link #toUri(String, boolean)} as a string. */
    public String toUrl(String endpointUrl, boolean injectHostPrefix) {
        int schemeEnd = endpointUrl.indexOf("://");
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("endpoint URL has no scheme: " + endpointUrl);
        }
        int authorityStart = schemeEnd + 3;
        int pathStart = indexOfAny(endpointUrl, "/?#", authorityStart);
        String authority = endpointUrl.substring(authorityStart, pathStart < 0 ? endpointUrl.length() : pathStart);
        String basePath = "";
        String baseQuery = "";
        if (pathStart >= 0) {
            int queryStart = indexOfAny(endpointUrl, "?#", pathStart);
            basePath = endpointUrl.substring(pathStart, queryStart < 0 ? endpointUrl.length() : queryStart);
            if (queryStart >= 0 && endpointUrl.charAt(queryStart) == '?') {
                int frag = endpointUrl.indexOf('#', queryStart);
                baseQuery = endpointUrl.substring(queryStart, frag < 0 ? endpointUrl.length() : frag);
            }
        }
        String joinedPath;
        if (path == null || path.isEmpty()) {
            joinedPath = basePath.isEmpty() ? "/" : basePath;
        } else if (path.charAt(0) == '?') {
            // a template that is only a literal query (S3's "/{Bucket}?list-type=2" once the bucket moved to the
            // endpoint) joins like an empty path
            joinedPath = (basePath.isEmpty() ? "/" : basePath) + path;
        } else if (basePath.endsWith("/") && path.startsWith("/")) {
            joinedPath = basePath.substring(0, basePath.length() - 1) + path;
        } else {
            joinedPath = basePath + path;
        }
        StringBuilder url = new StringBuilder(endpointUrl.length() + joinedPath.length() + 64);
        url.append(endpointUrl, 0, authorityStart);
        if (injectHostPrefix && hostPrefix != null) {
            url.append(hostPrefix);
        }
        url.append(authority).append(joinedPath).append(baseQuery);
        if (!query.isEmpty() || queryGiven) {
            url.append(url.indexOf("?", authorityStart) >= 0 ? '&' : '?').append(encodedQuery());
        }
        return url.toString();
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Header names only and the body's size: header values and bodies may carry secrets. */
    @Override
    public String toString() {
        return "SerializedRequest[" + method + " " + path + ", query=" + query.size() + " params, headers="
                + headers.names() + ", body=" + body + ", hostPrefix=" + hostPrefix + "]";
    }
}
