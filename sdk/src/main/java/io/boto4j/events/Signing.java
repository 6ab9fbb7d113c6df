package io.boto4j.events;

import java.util.List;
import java.util.Objects;

/**
 * How an attempt is signed, as a before-sign handler reads it ({@code signing}): the scheme and the scope the
 * signature covers. Never the credentials: a handler that logs its event must not leak a key.
 *
 * @param scheme      botocore's auth type name: {@code sigv4}, {@code sigv4a}, {@code sigv4-s3express},
 *                    {@code bearer}
 * @param signingName the service name in the credential scope ({@code s3}, {@code execute-api})
 * @param region      the region in the credential scope; null for schemes without one (bearer)
 * @param regionSet   SigV4a's region set ({@code *} for all regions); empty for other schemes
 * @param doubleUriEncode whether the path is URI-encoded a second time in the canonical request (false for S3,
 *                    and where the endpoint's auth scheme sets {@code disableDoubleEncoding})
 */
public record Signing(String scheme, String signingName, String region, List<String> regionSet,
                      boolean doubleUriEncode) {
    public Signing {
        Objects.requireNonNull(scheme, "scheme");
        regionSet = regionSet == null ? List.of() : List.copyOf(regionSet);
    }
}
