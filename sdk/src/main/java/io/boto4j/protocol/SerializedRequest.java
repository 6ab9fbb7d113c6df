package io.boto4j.protocol;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import java.util.List;
import java.util.Map;

/**
 * What a serializer makes of an operation call, before an endpoint is known: belongs to no HTTP library, so it
 * is easy to compare with botocore's request dict.
 *
 * @param method     HTTP method
 * @param path       the path from the operation's requestUri with labels filled in and percent-encoded
 *                   (without the endpoint's own path), e.g. {@code /bucket/key%20name}
 * @param query      query parameters in serialization order; names and values not yet encoded
 * @param headers    headers the protocol sets (Content-Type, X-Amz-Target, located members, ...)
 * @param body       the body (empty for none)
 * @param hostPrefix the operation's host prefix with labels filled in, e.g. {@code data.}, or null
 */
public record SerializedRequest(String method, String path, List<Map.Entry<String, String>> query,
                                HttpHeaders headers, RequestBody body, String hostPrefix) {
}
