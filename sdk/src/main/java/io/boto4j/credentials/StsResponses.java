package io.boto4j.credentials;

import io.boto4j.exception.CredentialRetrievalError;
import java.util.Map;

/** Turns an STS AssumeRole* result into {@link Credentials}. */
final class StsResponses {
    private StsResponses() {
    }

    static Credentials credentials(Map<String, Object> result, String method, String profile) {
        if (!(result.get("Credentials") instanceof Map<?, ?> c)) {
            throw new CredentialRetrievalError("Error when retrieving credentials from " + method + " (profile "
                    + profile + "): the STS response has no Credentials");
        }
        String account = null;
        if (result.get("AssumedRoleUser") instanceof Map<?, ?> user && user.get("Arn") instanceof String arn) {
            String[] parts = arn.split(":", 6);
            account = parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
        }
        return new Credentials(String.valueOf(c.get("AccessKeyId")), String.valueOf(c.get("SecretAccessKey")),
                c.get("SessionToken") == null ? null : String.valueOf(c.get("SessionToken")), method,
                Times.parse(c.get("Expiration"), "Expiration"), account);
    }
}
