package io.boto4j.credentials;

import io.boto4j.config.ConfigKeys;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.exception.PartialCredentialsError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A profile with {@code role_arn}: STS AssumeRole with credentials from its {@code source_profile} (static keys,
 * another role — chains of any length, cycles refused — or any profile-based provider) or its
 * {@code credential_source} ({@code Environment}, {@code Ec2InstanceMetadata}, {@code EcsContainer}). Optional
 * {@code role_session_name}, {@code external_id}, {@code duration_seconds}, and {@code mfa_serial} whose token
 * comes from a callback (once: credentials that needed MFA cannot refresh silently). The STS call is deferred to
 * first use.
 */
final class AssumeRoleProvider implements CredentialsProvider {
    static final String METHOD = "assume-role";

    private final ProviderContext ctx;
    private final String profileName;
    private final Function<String, CredentialsProvider> namedSources;
    private final ProfileProviders profileProviders;

    AssumeRoleProvider(ProviderContext ctx, String profileName, Function<String, CredentialsProvider> namedSources,
                       ProfileProviders profileProviders) {
        this.ctx = ctx;
        this.profileName = profileName;
        this.namedSources = namedSources;
        this.profileProviders = profileProviders;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public ResolvedCredentials load() {
        Map<String, Object> profile = ctx.store().profile(profileName);
        if (!isAssumeRole(profile)) {
            return null;
        }
        List<String> visited = new ArrayList<>();
        visited.add(profileName);
        return assumeRole(profileName, visited);
    }

    static boolean isAssumeRole(Map<String, Object> profile) {
        return profile != null && profile.containsKey("role_arn") && !profile.containsKey("web_identity_token_file");
    }

    private ResolvedCredentials assumeRole(String name, List<String> visited) {
        Map<String, Object> profile = ctx.store().profile(name);
        String roleArn = str(profile.get("role_arn"));
        String sourceProfile = str(profile.get("source_profile"));
        String credentialSource = str(profile.get("credential_source"));
        if (sourceProfile != null && credentialSource != null) {
            throw new InvalidConfigError("The profile \"" + name + "\" contains both source_profile and "
                    + "credential_source.");
        }
        if (sourceProfile == null && credentialSource == null) {
            throw new PartialCredentialsError("Partial credentials found in assume-role (profile " + name
                    + "), missing: source_profile or credential_source");
        }
        ResolvedCredentials source = credentialSource != null
                ? fromCredentialSource(name, credentialSource)
                : fromSourceProfile(name, sourceProfile, visited);

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("RoleArn", roleArn);
        String sessionName = str(profile.get("role_session_name"));
        params.put("RoleSessionName", sessionName != null ? sessionName
                : "botocore-session-" + ctx.clock().instant().getEpochSecond());
        putIfSet(params, "ExternalId", profile.get("external_id"));
        String mfaSerial = str(profile.get("mfa_serial"));
        if (mfaSerial != null) {
            params.put("SerialNumber", mfaSerial);
        }
        Object duration = profile.get("duration_seconds");
        if (duration != null) {
            try {
                params.put("DurationSeconds", Integer.parseInt(String.valueOf(duration).strip()));
            } catch (NumberFormatException e) {
                // botocore ignores an unreadable duration and lets STS use its default
            }
        }
        AtomicBoolean usedMfa = new AtomicBoolean();
        return RefreshableCredentials.deferred(METHOD, () -> {
            Map<String, Object> call = new LinkedHashMap<>(params);
            if (mfaSerial != null) {
                if (!usedMfa.compareAndSet(false, true)) {
                    throw new CredentialRetrievalError("Cannot refresh credentials of profile " + name
                            + ": MFA token required.");
                }
                Function<String, String> mfa = ctx.mfaTokenProvider();
                if (mfa == null) {
                    throw new CredentialRetrievalError("Profile " + name + " has mfa_serial " + mfaSerial
                            + " but no MFA token callback was configured");
                }
                call.put("TokenCode", mfa.apply(mfaSerial));
            }
            return StsResponses.credentials(callSts(name, call, source), METHOD, name);
        }, ctx.clock());
    }

    private Map<String, Object> callSts(String name, Map<String, Object> params, ResolvedCredentials source) {
        String region = ctx.regionOr(ctx.store().get(ConfigKeys.REGION));
        try {
            return ctx.requireCaller("assume role for profile " + name)
                    .call("sts", "AssumeRole", params, CallOptions.signedWith(source, region));
        } catch (CredentialRetrievalError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CredentialRetrievalError("Error when retrieving credentials from assume-role (profile " + name
                    + "): AssumeRole failed: " + e.getMessage(), e);
        }
    }

    private ResolvedCredentials fromCredentialSource(String name, String source) {
        CredentialsProvider provider = namedSources.apply(source);
        if (provider == null) {
            throw new InvalidConfigError("The credential source \"" + source + "\" referenced in profile \"" + name
                    + "\" is not valid.");
        }
        ResolvedCredentials creds = provider.load();
        if (creds == null) {
            throw new CredentialRetrievalError("Error when retrieving credentials from " + source
                    + ": No credentials found in credential_source referenced in profile " + name);
        }
        return creds;
    }

    private ResolvedCredentials fromSourceProfile(String parent, String source, List<String> visited) {
        Map<String, Object> sourceConfig = ctx.store().profile(source);
        if (sourceConfig == null) {
            throw new InvalidConfigError("The source_profile \"" + source + "\" referenced in the profile \""
                    + parent + "\" does not exist.");
        }
        boolean hasStatic = StaticProfileKeys.has(sourceConfig);
        if (visited.contains(source) && (!source.equals(parent) || !hasStatic)) {
            throw new InvalidConfigError("Infinite loop in credential configuration detected. Attempting to load "
                    + "from profile " + source + " which has already been visited. Visited profiles: " + visited);
        }
        visited.add(source);
        if (hasStatic || !isAssumeRole(sourceConfig)) {
            for (CredentialsProvider p : profileProviders.forProfile(source, true)) {
                ResolvedCredentials c = p.load();
                if (c != null) {
                    return c;
                }
            }
            throw new InvalidConfigError("The source profile \"" + source + "\" must have credentials.");
        }
        return assumeRole(source, visited);
    }

    private static void putIfSet(Map<String, Object> params, String key, Object value) {
        if (value != null) {
            params.put(key, String.valueOf(value));
        }
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
