package io.boto4j.credentials;

import java.util.Map;
import java.util.function.Function;

/**
 * How a {@link ServiceCaller} call is made.
 *
 * @param region      the region to call; null means the session's
 * @param credentials the credentials to sign with; null means unsigned (as the SSO, web identity and sign-in calls are)
 * @param endpointUrl an endpoint URL to use instead of the resolved one, or null
 * @param urlHeaders  extra headers computed from the final request URL, once it is known (the sign-in call's
 *                    DPoP proof signs the URL); null for none. Their values are secrets and are never logged.
 */
public record CallOptions(String region, ResolvedCredentials credentials, String endpointUrl,
                          Function<String, Map<String, String>> urlHeaders) {

    public static CallOptions unsigned(String region) {
        return new CallOptions(region, null, null, null);
    }

    public static CallOptions signedWith(ResolvedCredentials credentials, String region) {
        return new CallOptions(region, credentials, null, null);
    }

    public boolean isUnsigned() {
        return credentials == null;
    }

    /** The extra headers for a request to {@code url} (empty without {@link #urlHeaders}). */
    public Map<String, String> headersFor(String url) {
        return urlHeaders == null ? Map.of() : urlHeaders.apply(url);
    }

    @Override
    public String toString() {
        return "CallOptions[region=" + region + ", unsigned=" + isUnsigned() + ", endpointUrl=" + endpointUrl
                + ", urlHeaders=" + (urlHeaders != null) + "]";
    }
}
