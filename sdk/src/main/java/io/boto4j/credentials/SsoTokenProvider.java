package io.boto4j.credentials;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.json.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access token of an {@code [sso-session x]} from the SSO token cache ({@code ~/.aws/sso/cache/<sha1>.json}),
 * refreshed through SSO-OIDC {@code CreateToken} with the cached refresh token when it is within 15 minutes of
 * expiry, and written back to the cache. Also reads the token of a legacy profile ({@code sso_start_url} without
 * a session), which cannot be refreshed.
 */
final class SsoTokenProvider implements BearerTokenProvider {
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(15);

    private final ProviderContext ctx;
    private final String profileName;

    SsoTokenProvider(ProviderContext ctx, String profileName) {
        this.ctx = ctx;
        this.profileName = profileName;
    }

    @Override
    public String method() {
        return "sso";
    }

    /** The session's token, or null when the profile uses no sso-session. */
    @Override
    public BearerToken load() {
        Map<String, Object> config = sessionConfig();
        if (config == null) {
            return null;
        }
        return sessionToken(String.valueOf(ctx.store().profile(profileName).get("sso_session")),
                String.valueOf(config.get("sso_start_url")), String.valueOf(config.get("sso_region")));
    }

    /**
     * The profile's {@code [sso-session]} settings, checked (botocore checks them when a client is created), or
     * null when the profile uses no sso-session.
     */
    Map<String, Object> sessionConfig() {
        Map<String, Object> profile = ctx.store().profile(profileName);
        if (profile == null || profile.get("sso_session") == null) {
            return null;
        }
        String session = String.valueOf(profile.get("sso_session"));
        Map<String, Object> config = ctx.store().ssoSession(session);
        if (config == null || config.isEmpty()) {
            throw new InvalidConfigError("The profile \"" + profileName + "\" is configured to use the SSO token "
                    + "provider but the \"" + session + "\" sso_session configuration does not exist.");
        }
        List<String> missing = List.of("sso_start_url", "sso_region").stream()
                .filter(k -> !config.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidConfigError("The profile \"" + profileName + "\" is configured to use the SSO token "
                    + "provider but is missing the following configuration: " + missing + ".");
        }
        return config;
    }

    Path cacheFile(String key) {
        return ctx.store().expandPath("~/.aws/sso/cache").resolve(sha1(key) + ".json");
    }

    /** A legacy (session-less) profile's cached token; expired is an error telling the user to log in again. */
    BearerToken legacyToken(String startUrl) {
        ObjectNode cached = readCache(startUrl);
        Instant expiry = Times.parse(cached.path("expiresAt").asString(null), "expiresAt");
        if (expiry == null || !ctx.clock().instant().isBefore(expiry)) {
            throw expired();
        }
        return new BearerToken(cached.path("accessToken").asString(), expiry, "sso");
    }

    private BearerToken sessionToken(String session, String startUrl, String region) {
        ObjectNode cached = readCache(session);
        if (!cached.hasNonNull("accessToken") || !cached.hasNonNull("expiresAt")) {
            throw new CredentialRetrievalError("Error loading SSO Token for profile " + profileName
                    + ": the cached token of sso-session " + session + " lacks accessToken or expiresAt");
        }
        Instant expiry = Times.parse(cached.get("expiresAt").asString(), "expiresAt");
        Instant now = ctx.clock().instant();
        if (Duration.between(now, expiry).compareTo(REFRESH_WINDOW) < 0) {
            ObjectNode refreshed = refresh(cached, startUrl, region);
            if (refreshed != null) {
                writeCache(session, refreshed);
                cached = refreshed;
                expiry = Times.parse(cached.get("expiresAt").asString(), "expiresAt");
            }
        }
        if (!now.isBefore(expiry)) {
            throw expired();
        }
        return new BearerToken(cached.get("accessToken").asString(), expiry, "sso");
    }

    private ObjectNode refresh(ObjectNode token, String startUrl, String region) {
        for (String k : List.of("refreshToken", "clientId", "clientSecret", "registrationExpiresAt")) {
            if (!token.hasNonNull(k)) {
                return null;
            }
        }
        Instant registrationExpiry = Times.parse(token.get("registrationExpiresAt").asString(), "registrationExpiresAt");
        if (!ctx.clock().instant().isBefore(registrationExpiry) || ctx.caller() == null) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("grantType", "refresh_token");
        params.put("clientId", token.get("clientId").asString());
        params.put("clientSecret", token.get("clientSecret").asString());
        params.put("refreshToken", token.get("refreshToken").asString());
        Map<String, Object> result;
        try {
            result = ctx.caller().call("sso-oidc", "CreateToken", params, CallOptions.unsigned(region));
        } catch (RuntimeException e) {
            // botocore treats a failed refresh as "use the cached token while it lasts"
            return null;
        }
        ObjectNode fresh = JsonTrees.object();
        fresh.put("startUrl", startUrl);
        fresh.put("region", region);
        fresh.put("accessToken", String.valueOf(result.get("accessToken")));
        long expiresIn = ((Number) result.get("expiresIn")).longValue();
        fresh.put("expiresAt", ctx.clock().instant().plusSeconds(expiresIn).truncatedTo(ChronoUnit.SECONDS).toString());
        fresh.put("clientId", token.get("clientId").asString());
        fresh.put("clientSecret", token.get("clientSecret").asString());
        fresh.put("registrationExpiresAt", token.get("registrationExpiresAt").asString());
        Object newRefresh = result.get("refreshToken");
        fresh.put("refreshToken", newRefresh != null ? String.valueOf(newRefresh) : token.get("refreshToken").asString());
        return fresh;
    }

    private ObjectNode readCache(String key) {
        Path file = cacheFile(key);
        try {
            JsonNode node = Json.parse(Files.readAllBytes(file));
            if (node instanceof ObjectNode o) {
                return o;
            }
        } catch (IOException | JacksonException e) {
            throw new CredentialRetrievalError("Error loading SSO Token for profile " + profileName + ": Token for "
                    + key + " does not exist (" + file + "); run 'aws sso login --profile " + profileName + "'");
        }
        throw new CredentialRetrievalError("Error loading SSO Token for profile " + profileName + ": " + file
                + " is not a JSON object");
    }

    private void writeCache(String key, ObjectNode token) {
        Path file = cacheFile(key);
        try {
            OwnerOnlyFile.write(file, Json.write(token));
        } catch (IOException | JacksonException e) {
            // the fresh token is still used; only the next process has to refresh again
        }
    }

    private CredentialRetrievalError expired() {
        return new CredentialRetrievalError("The SSO session associated with profile " + profileName + " has expired "
                + "or is otherwise invalid. To refresh this SSO session run 'aws sso login' with the corresponding "
                + "profile.");
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
