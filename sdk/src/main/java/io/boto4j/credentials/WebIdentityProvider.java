package io.boto4j.credentials;

import io.boto4j.config.ConfigKeys;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.exception.InvalidConfigError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * STS AssumeRoleWithWebIdentity (unsigned) with a token read from a file on every refresh (the orchestrator
 * rotates it): {@code AWS_WEB_IDENTITY_TOKEN_FILE}, {@code AWS_ROLE_ARN}, {@code AWS_ROLE_SESSION_NAME}, else the
 * profile's {@code web_identity_token_file}, {@code role_arn}, {@code role_session_name}. The environment is not
 * read when the session names its profile explicitly.
 */
final class WebIdentityProvider implements CredentialsProvider {
    static final String METHOD = "assume-role-with-web-identity";

    private final ProviderContext ctx;
    private final String profileName;
    private final boolean disableEnv;

    WebIdentityProvider(ProviderContext ctx, String profileName, boolean disableEnv) {
        this.ctx = ctx;
        this.profileName = profileName;
        this.disableEnv = disableEnv;
    }

    @Override
    public String method() {
        return METHOD;
    }

    private String setting(String envVar, String profileKey) {
        if (!disableEnv) {
            String v = ctx.store().env().get(envVar);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        Map<String, Object> profile = ctx.store().profile(profileName);
        Object v = profile == null ? null : profile.get(profileKey);
        return v == null ? null : String.valueOf(v);
    }

    @Override
    public ResolvedCredentials load() {
        String tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file");
        if (tokenFile == null) {
            return null;
        }
        String roleArn = setting("AWS_ROLE_ARN", "role_arn");
        if (roleArn == null) {
            throw new InvalidConfigError("The provided profile (" + profileName + ") or the current environment is "
                    + "configured to assume role with web identity but has no role ARN configured. Ensure that the "
                    + "profile has the role_arn configuration set or the AWS_ROLE_ARN env var is set.");
        }
        String sessionName = setting("AWS_ROLE_SESSION_NAME", "role_session_name");
        Path tokenPath = ctx.store().expandPath(tokenFile);
        return RefreshableCredentials.deferred(METHOD, () -> {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("RoleArn", roleArn);
            params.put("RoleSessionName", sessionName != null ? sessionName
                    : "botocore-session-" + ctx.clock().instant().getEpochSecond());
            params.put("WebIdentityToken", readToken(tokenPath));
            String region = ctx.regionOr(ctx.store().get(ConfigKeys.REGION));
            Map<String, Object> result;
            try {
                result = ctx.requireCaller("assume role with web identity for profile " + profileName)
                        .call("sts", "AssumeRoleWithWebIdentity", params, CallOptions.unsigned(region));
            } catch (CredentialRetrievalError e) {
                throw e;
            } catch (RuntimeException e) {
                throw new CredentialRetrievalError("Error when retrieving credentials from " + METHOD + " (profile "
                        + profileName + "): AssumeRoleWithWebIdentity failed: " + e.getMessage(), e);
            }
            return StsResponses.credentials(result, METHOD, profileName);
        }, ctx.clock());
    }

    private String readToken(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new CredentialRetrievalError("Error when retrieving credentials from " + METHOD + " (profile "
                    + profileName + "): cannot read the web identity token file " + path + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
