package io.boto4j.credentials;

import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.exception.InvalidConfigError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IAM Identity Center: role credentials from SSO {@code GetRoleCredentials} (unsigned) for the profile's
 * {@code sso_account_id} and {@code sso_role_name}, authorised by the cached SSO token of its {@code sso_session}
 * (refreshable) or of its legacy {@code sso_start_url}/{@code sso_region}.
 */
final class SsoProvider implements CredentialsProvider {
    static final String METHOD = "sso";
    private static final List<String> PROFILE_KEYS = List.of("sso_start_url", "sso_region", "sso_role_name",
            "sso_account_id");

    private final ProviderContext ctx;
    private final String profileName;

    SsoProvider(ProviderContext ctx, String profileName) {
        this.ctx = ctx;
        this.profileName = profileName;
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** A loop, not a stream: every process whose chain reaches this provider runs it on its first call. */
    private static boolean hasAnyKey(Map<String, Object> profile) {
        for (String k : PROFILE_KEYS) {
            if (profile.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ResolvedCredentials load() {
        Map<String, Object> profile = ctx.store().profile(profileName);
        if (profile == null) {
            return null;
        }
        if (!profile.containsKey("sso_session") && !hasAnyKey(profile)) {
            return null;
        }
        Map<String, Object> config = new LinkedHashMap<>();
        for (String k : PROFILE_KEYS) {
            if (profile.containsKey(k)) {
                config.put(k, profile.get(k));
            }
        }
        Object session = profile.get("sso_session");
        if (session != null) {
            Map<String, Object> sessionConfig = ctx.store().ssoSession(String.valueOf(session));
            if (sessionConfig == null) {
                throw new InvalidConfigError("The specified sso-session does not exist: \"" + session + "\"");
            }
            for (String k : List.of("sso_region", "sso_start_url")) {
                Object fromSession = sessionConfig.get(k);
                if (config.containsKey(k) && fromSession != null && !config.get(k).equals(fromSession)) {
                    throw new InvalidConfigError("The value for " + k + " is inconsistent between profile ("
                            + config.get(k) + ") and sso-session (" + fromSession + ").");
                }
                if (fromSession != null) {
                    config.put(k, fromSession);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String k : PROFILE_KEYS) {
            if (!config.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidConfigError("The profile \"" + profileName + "\" is configured to use SSO but is "
                    + "missing required configuration: " + String.join(", ", missing));
        }
        String region = String.valueOf(config.get("sso_region"));
        String startUrl = String.valueOf(config.get("sso_start_url"));
        SsoTokenProvider tokens = new SsoTokenProvider(ctx, profileName);
        return RefreshableCredentials.deferred(METHOD, () -> {
            BearerToken token = session != null ? tokens.load() : tokens.legacyToken(startUrl);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("roleName", String.valueOf(config.get("sso_role_name")));
            params.put("accountId", String.valueOf(config.get("sso_account_id")));
            params.put("accessToken", token.token());
            Map<String, Object> result;
            try {
                result = ctx.requireCaller("get SSO role credentials for profile " + profileName)
                        .call("sso", "GetRoleCredentials", params, CallOptions.unsigned(region));
            } catch (CredentialRetrievalError e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CredentialRetrievalError("Error when retrieving credentials from sso (profile "
                        + profileName + "): GetRoleCredentials failed: " + e.getMessage(), e);
            }
            if (!(result.get("roleCredentials") instanceof Map<?, ?> rc)) {
                throw new CredentialRetrievalError("Error when retrieving credentials from sso (profile "
                        + profileName + "): the response has no roleCredentials");
            }
            return new Credentials(String.valueOf(rc.get("accessKeyId")), String.valueOf(rc.get("secretAccessKey")),
                    rc.get("sessionToken") == null ? null : String.valueOf(rc.get("sessionToken")), METHOD,
                    Times.parse(rc.get("expiration"), "expiration"), String.valueOf(config.get("sso_account_id")));
        }, ctx.clock());
    }
}
