package io.boto4j.credentials;

import io.boto4j.exception.PartialCredentialsError;
import java.util.Map;

/** Reads {@code aws_access_key_id}/{@code aws_secret_access_key}/token keys of a profile section. */
final class StaticProfileKeys {
    private StaticProfileKeys() {
    }

    static boolean has(Map<String, Object> profile) {
        return profile != null && (profile.containsKey("aws_access_key_id") || profile.containsKey("aws_secret_access_key"));
    }

    /** The profile's static credentials, or null without an access key id. */
    static Credentials read(Map<String, Object> profile, String method, String profileName) {
        if (profile == null || !profile.containsKey("aws_access_key_id")) {
            return null;
        }
        Object secret = profile.get("aws_secret_access_key");
        if (secret == null) {
            throw new PartialCredentialsError("Partial credentials found in " + method + " (profile " + profileName
                    + "), missing: aws_secret_access_key");
        }
        Object token = profile.get("aws_security_token");
        if (token == null) {
            token = profile.get("aws_session_token");
        }
        Object account = profile.get("aws_account_id");
        return new Credentials(String.valueOf(profile.get("aws_access_key_id")), String.valueOf(secret),
                token == null ? null : String.valueOf(token), method, null,
                account == null ? null : String.valueOf(account));
    }
}
