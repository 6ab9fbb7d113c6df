package io.boto4j.credentials;

import java.time.Instant;

/**
 * A bearer token (SSO access token, or {@code AWS_BEARER_TOKEN_<SERVICE>}); {@link #toString()} never shows it.
 *
 * @param token  the token
 * @param expiry when it expires, or null
 * @param method where it came from ({@code env}, {@code sso})
 */
public record BearerToken(String token, Instant expiry, String method) {
    @Override
    public String toString() {
        return "BearerToken[token=****, expiry=" + expiry + ", method=" + method + "]";
    }
}
