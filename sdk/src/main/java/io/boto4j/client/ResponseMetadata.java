package io.boto4j.client;

import java.util.Map;

/**
 * boto3's {@code ResponseMetadata} as a value: the request id (and S3's host id), the HTTP status and headers
 * (lower-cased names), and the retries the call made.
 *
 * @param requestId          {@code RequestId}, or null when the service sent none
 * @param hostId             {@code HostId} (S3's {@code x-amz-id-2}), or null
 * @param httpStatusCode     {@code HTTPStatusCode}
 * @param httpHeaders        {@code HTTPHeaders}, lower-cased names, repeated headers joined with ","
 * @param retryAttempts      {@code RetryAttempts}: attempts after the first
 * @param maxAttemptsReached {@code MaxAttemptsReached}: the call stopped because it ran out of attempts
 */
public record ResponseMetadata(String requestId, String hostId, int httpStatusCode, Map<String, String> httpHeaders,
                               int retryAttempts, boolean maxAttemptsReached) {
    public ResponseMetadata {
        httpHeaders = httpHeaders == null ? Map.of() : httpHeaders;
    }
}
