package io.boto4j.credentials;

import io.boto4j.exception.PartialCredentialsError;
import java.time.Clock;
import java.util.Map;

/** Credentials from {@code AWS_ACCESS_KEY_ID} and friends; with {@code AWS_CREDENTIAL_EXPIRATION} they refresh from the environment. */
final class EnvironmentProvider implements CredentialsProvider {
    static final String METHOD = "env";

    private final Map<String, String> env;
    private final Clock clock;

    EnvironmentProvider(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "Environment";
    }

    @Override
    public ResolvedCredentials load() {
        if (nonEmpty("AWS_ACCESS_KEY_ID") == null) {
            return null;
        }
        Credentials c = fetch();
        return c.expiry() == null ? c : new RefreshableCredentials(METHOD, this::fetch, c, clock);
    }

    private Credentials fetch() {
        String access = nonEmpty("AWS_ACCESS_KEY_ID");
        if (access == null) {
            throw new PartialCredentialsError("Partial credentials found in env, missing: AWS_ACCESS_KEY_ID");
        }
        String secret = nonEmpty("AWS_SECRET_ACCESS_KEY");
        if (secret == null) {
            throw new PartialCredentialsError("Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY");
        }
        String token = nonEmpty("AWS_SECURITY_TOKEN");
        if (token == null) {
            token = nonEmpty("AWS_SESSION_TOKEN");
        }
        String expiry = nonEmpty("AWS_CREDENTIAL_EXPIRATION");
        return new Credentials(access, secret, token, METHOD,
                expiry == null ? null : Times.parse(expiry, "AWS_CREDENTIAL_EXPIRATION"), nonEmpty("AWS_ACCOUNT_ID"));
    }

    private String nonEmpty(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
