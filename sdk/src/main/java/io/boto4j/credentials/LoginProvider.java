package io.boto4j.credentials;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.CredentialRetrievalError;
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
 * {@code login_session} profiles ({@code aws login}): credentials cached in
 * {@code AWS_LOGIN_CACHE_DIRECTORY} or {@code ~/.aws/login/cache}, file {@code <sha256(login_session)>.json};
 * refreshed within 5 minutes of expiry through sign-in {@code CreateOAuth2Token} (unsigned, with a DPoP proof made
 * from the cached key), and written back to the cache.
 */
final class LoginProvider implements CredentialsProvider {
    static final String METHOD = "login";
    private static final Duration REFRESH_THRESHOLD = Duration.ofMinutes(5);
    private static final List<String> REQUIRED = List.of("accessToken", "refreshToken", "dpopKey", "clientId");

    private final ProviderContext ctx;
    private final String profileName;

    LoginProvider(ProviderContext ctx, String profileName) {
        this.ctx = ctx;
        this.profileName = profileName;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public ResolvedCredentials load() {
        Map<String, Object> profile = ctx.store().profile(profileName);
        if (profile == null || profile.get("login_session") == null) {
            return null;
        }
        String session = String.valueOf(profile.get("login_session"));
        ObjectNode token = readCache(session);
        List<String> missing = REQUIRED.stream().filter(k -> !token.has(k)).toList();
        if (!missing.isEmpty()) {
            throw error("Failed to load access token from token cache, missing required fields: "
                    + String.join(", ", missing) + ".");
        }
        return new RefreshableCredentials(METHOD, () -> refresh(session), toCredentials(token), ctx.clock());
    }

    private Credentials refresh(String session) {
        ObjectNode token = readCache(session);
        DpopProof proof;
        try {
            if (!token.has("dpopKey")) {
                throw error("Private key not found in cached token.");
            }
            proof = DpopProof.fromPem(token.get("dpopKey").asString(), ctx.clock());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        JsonNode access = token.path("accessToken");
        if (access.hasNonNull("expiresAt")) {
            Instant expiry = Times.parse(access.get("expiresAt").asString(), "expiresAt");
            if (Duration.between(ctx.clock().instant(), expiry).compareTo(REFRESH_THRESHOLD) > 0) {
                return toCredentials(token);
            }
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("clientId", token.path("clientId").asString());
        input.put("refreshToken", token.path("refreshToken").asString());
        input.put("grantType", "refresh_token");
        Map<String, Object> result;
        try {
            result = ctx.requireCaller("refresh the login session of profile " + profileName).call("signin",
                    "CreateOAuth2Token", Map.of("tokenInput", input),
                    new CallOptions(null, null, null, url -> Map.of("DPoP", proof.header(url))));
        } catch (CredentialRetrievalError e) {
            throw e;
        } catch (RuntimeException e) {
            throw error("Unable to refresh the login session (" + e.getMessage() + "); run 'aws login' again.");
        }
        if (result == null || !(result.get("tokenOutput") instanceof Map<?, ?> out)
                || !(out.get("accessToken") instanceof Map<?, ?> at)) {
            throw error("Unable to refresh access token due to an invalid service response. Please try running "
                    + "'aws login' again.");
        }
        ObjectNode newAccess = JsonTrees.object();
        newAccess.put("accessKeyId", String.valueOf(at.get("accessKeyId")));
        newAccess.put("secretAccessKey", String.valueOf(at.get("secretAccessKey")));
        newAccess.put("sessionToken", String.valueOf(at.get("sessionToken")));
        newAccess.set("accountId", access.get("accountId"));
        long expiresIn = ((Number) out.get("expiresIn")).longValue();
        newAccess.put("expiresAt", ctx.clock().instant().plusSeconds(expiresIn).truncatedTo(ChronoUnit.SECONDS).toString());
        token.set("accessToken", newAccess);
        token.put("refreshToken", String.valueOf(out.get("refreshToken")));
        writeCache(session, token);
        return toCredentials(token);
    }

    private Credentials toCredentials(JsonNode token) {
        JsonNode a = token.path("accessToken");
        try {
            return new Credentials(a.path("accessKeyId").asString(), a.path("secretAccessKey").asString(),
                    a.path("sessionToken").asString(null), METHOD, Times.parse(a.path("expiresAt").asString(null),
                    "expiresAt"), a.path("accountId").asString(null));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    Path cacheFile(String session) {
        String dir = ctx.store().env().get("AWS_LOGIN_CACHE_DIRECTORY");
        Path base = ctx.store().expandPath(dir != null && !dir.isEmpty() ? dir : "~/.aws/login/cache");
        return base.resolve(sha256(session) + ".json");
    }

    private ObjectNode readCache(String session) {
        Path file = cacheFile(session);
        try {
            if (Json.parse(Files.readAllBytes(file)) instanceof ObjectNode o) {
                return o;
            }
        } catch (IOException | JacksonException e) {
            throw error("Unable to load a existing login session for session " + session
                    + ". Please reauthenticate with 'aws login'.");
        }
        throw error(file + " is not a JSON object");
    }

    private void writeCache(String session, ObjectNode token) {
        try {
            Path file = cacheFile(session);
            OwnerOnlyFile.write(file, Json.write(token));
        } catch (IOException | JacksonException e) {
            throw error("cannot write the login cache: " + e.getMessage());
        }
    }

    private CredentialRetrievalError error(String cause) {
        return new CredentialRetrievalError("Error when retrieving credentials from login (profile " + profileName
                + "): " + cause);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
