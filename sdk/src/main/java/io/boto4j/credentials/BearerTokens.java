package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.NoCredentialsError;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * botocore's token chain for services whose model uses bearer auth: {@code AWS_BEARER_TOKEN_<SIGNING_NAME>}
 * (signing name upper-cased, hyphens as underscores), then the profile's SSO session token.
 */
public final class BearerTokens {
    private final List<BearerTokenProvider> providers;

    private BearerTokens(List<BearerTokenProvider> providers) {
        this.providers = providers;
    }

    /** The chain for one service, named by its signing name (the model's {@code signingName}). */
    public static BearerTokens createDefault(ConfigStore store, ServiceCaller caller, String signingName, Clock clock) {
        String var = envVarName(signingName);
        BearerTokenProvider env = new BearerTokenProvider() {
            @Override
            public String method() {
                return "env";
            }

            @Override
            public BearerToken load() {
                String v = store.env().get(var);
                return v == null ? null : new BearerToken(v, null, "env");
            }
        };
        ProviderContext ctx = new ProviderContext(store, caller, clock, null, null);
        return new BearerTokens(List.of(env, new SsoTokenProvider(ctx, store.profileName())));
    }

    /**
     * Checks the token configuration without fetching anything: a profile naming a missing or incomplete
     * sso-session fails here, which is when botocore fails (on client creation).
     */
    public void checkConfiguration() {
        for (BearerTokenProvider p : providers) {
            if (p instanceof SsoTokenProvider sso) {
                sso.sessionConfig();
            }
        }
    }

    /** {@code AWS_BEARER_TOKEN_} plus the signing name upper-cased, hyphens and spaces as underscores. */
    public static String envVarName(String signingName) {
        return "AWS_BEARER_TOKEN_" + signingName.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    public List<BearerTokenProvider> providers() {
        return providers;
    }

    /** The first token found; none is an error. */
    public BearerToken load() {
        for (BearerTokenProvider p : providers) {
            BearerToken t = p.load();
            if (t != null) {
                return t;
            }
        }
        throw new NoCredentialsError("Unable to locate a bearer token for authorization");
    }
}
