package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the standard providers share: the session's configuration, the way to call STS/SSO, a clock, the MFA
 * token callback, and the region for STS calls (null: the session's region).
 */
record ProviderContext(ConfigStore store, ServiceCaller caller, Clock clock, Function<String, String> mfaTokenProvider,
                       String region) {
    String regionOr(String fallback) {
        return region != null ? region : fallback;
    }

    ServiceCaller requireCaller(String purpose) {
        if (caller == null) {
            throw new io.boto4j.exception.CredentialRetrievalError("Cannot " + purpose
                    + ": no ServiceCaller was given to the credential resolver");
        }
        return caller;
    }
}
