package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSO: token cache file names (checked against botocore), GetRoleCredentials, and sso-session token refresh rules. */
class SsoProviderTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String START_URL = "https://d-123.awsapps.com/start";

    @TempDir
    Path home;

    private final RecordingServiceCaller caller = new RecordingServiceCaller(c -> switch (c.operation()) {
        case "GetRoleCredentials" -> Map.of("roleCredentials", Map.of("accessKeyId", "AKIDSSO", "secretAccessKey", "S",
                "sessionToken", "T", "expiration", NOW.plusSeconds(3600).toEpochMilli()));
        case "CreateToken" -> Map.of("accessToken", "refreshed-access", "expiresIn", 28800, "refreshToken", "rt-2");
        default -> throw new IllegalStateException(c.operation());
    });

    private ConfigStore store(String config) throws IOException {
        Path file = home.resolve("config");
        Files.writeString(file, config);
        return ConfigStore.builder().env(Map.of("HOME", home.toString())).configFile(file)
                .credentialsFile(home.resolve("none")).build();
    }

    private void cache(String key, String json) throws IOException {
        Path dir = home.resolve(".aws/sso/cache");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SsoTokenProvider.sha1(key) + ".json"), json);
    }

    @Test
    void namesCacheFilesAsBotocoreDoes() {
        String out = Python.run("""
                import sys
                from botocore.utils import SSOTokenLoader
                class C(dict):
                    def __init__(self): self.keys_seen = []
                    def __getitem__(self, k): self.keys_seen.append(k); raise KeyError(k)
                    def __contains__(self, k): self.keys_seen.append(k); return False
                for key in sys.stdin.read().split():
                    c = C(); l = SSOTokenLoader(cache=c)
                    l._generate_cache_key = l._generate_cache_key
                    print(l._generate_cache_key(key, None) if ':' in key else l._generate_cache_key('x', key))
                """, START_URL + " my-session");
        String[] lines = out.strip().split("\n");
        assertEquals(lines[0], SsoTokenProvider.sha1(START_URL));
        assertEquals(lines[1], SsoTokenProvider.sha1("my-session"));
    }

    @Test
    void getsRoleCredentialsWithTheLegacyCachedToken() throws IOException {
        cache(START_URL, "{\"accessToken\":\"legacy-access\",\"expiresAt\":\"2030-01-01T01:00:00Z\"}");
        ConfigStore s = store("[default]\nsso_start_url = " + START_URL + "\nsso_region = us-east-2\n"
                + "sso_account_id = 111122223333\nsso_role_name = Dev\n");
        ResolvedCredentials rc = new SsoProvider(new ProviderContext(s, caller, CLOCK, null, null), "default").load();
        assertEquals("sso", rc.method());
        Credentials c = rc.get();
        assertEquals("AKIDSSO", c.accessKey());
        assertEquals(NOW.plusSeconds(3600), c.expiry());
        RecordingServiceCaller.Call call = caller.calls.get(0);
        assertEquals(Map.of("roleName", "Dev", "accountId", "111122223333", "accessToken", "legacy-access"), call.params());
        assertEquals("us-east-2", call.options().region());
        assertTrue(call.options().isUnsigned());
    }

    @Test
    void reportsAnExpiredLegacyTokenNamingTheProfile() throws IOException {
        cache(START_URL, "{\"accessToken\":\"old\",\"expiresAt\":\"2029-12-31T00:00:00Z\"}");
        ConfigStore s = store("[profile dev]\nsso_start_url = " + START_URL + "\nsso_region = us-east-2\n"
                + "sso_account_id = 111122223333\nsso_role_name = Dev\n");
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                () -> new SsoProvider(new ProviderContext(s, caller, CLOCK, null, null), "dev").load().get());
        assertTrue(e.getMessage().contains("profile dev") && e.getMessage().contains("expired"), e.getMessage());
        assertTrue(caller.calls.isEmpty());
    }

    private static final String SESSION_CONFIG = "[default]\nsso_session = corp\nsso_account_id = 111122223333\n"
            + "sso_role_name = Dev\n[sso-session corp]\nsso_start_url = " + START_URL + "\nsso_region = eu-west-1\n";

    @Test
    void refreshesASessionTokenNearExpiryAndRewritesTheCache() throws IOException {
        cache("corp", "{\"startUrl\":\"" + START_URL + "\",\"region\":\"eu-west-1\",\"accessToken\":\"old\","
                + "\"expiresAt\":\"2030-01-01T00:10:00Z\",\"clientId\":\"cid\",\"clientSecret\":\"csecret\","
                + "\"registrationExpiresAt\":\"2030-06-01T00:00:00Z\",\"refreshToken\":\"rt-1\"}");
        ConfigStore s = store(SESSION_CONFIG);
        new SsoProvider(new ProviderContext(s, caller, CLOCK, null, null), "default").load().get();
        RecordingServiceCaller.Call create = caller.calls.get(0);
        assertEquals("sso-oidc", create.service());
        assertEquals(Map.of("grantType", "refresh_token", "clientId", "cid", "clientSecret", "csecret",
                "refreshToken", "rt-1"), create.params());
        assertEquals("refreshed-access", caller.calls.get(1).params().get("accessToken"));
        JsonNode cached = Json.parse(Files.readAllBytes(home.resolve(".aws/sso/cache/" + SsoTokenProvider.sha1("corp") + ".json")));
        assertEquals("refreshed-access", cached.get("accessToken").asString());
        assertEquals("rt-2", cached.get("refreshToken").asString());
        assertEquals("2030-01-01T08:00:00Z", cached.get("expiresAt").asString());
    }

    @Test
    void rewritesTheTokenCacheReadableByItsOwnerOnlyEvenWhenTheOldFileWasWorldReadable() throws IOException {
        cache("corp", "{\"startUrl\":\"" + START_URL + "\",\"region\":\"eu-west-1\",\"accessToken\":\"old\","
                + "\"expiresAt\":\"2030-01-01T00:10:00Z\",\"clientId\":\"cid\",\"clientSecret\":\"csecret\","
                + "\"registrationExpiresAt\":\"2030-06-01T00:00:00Z\",\"refreshToken\":\"rt-1\"}");
        Path file = home.resolve(".aws/sso/cache/" + SsoTokenProvider.sha1("corp") + ".json");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        new SsoProvider(new ProviderContext(store(SESSION_CONFIG), caller, CLOCK, null, null), "default").load().get();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
        assertEquals("refreshed-access", Json.parse(Files.readAllBytes(file)).get("accessToken").asString());
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "a temporary file was left in the cache folder");
        }
    }

    @Test
    void keepsAFreshSessionTokenWithoutCallingSsoOidc() throws IOException {
        cache("corp", "{\"accessToken\":\"fresh\",\"expiresAt\":\"2030-01-01T05:00:00Z\",\"clientId\":\"cid\","
                + "\"clientSecret\":\"cs\",\"registrationExpiresAt\":\"2030-06-01T00:00:00Z\",\"refreshToken\":\"rt\"}");
        new SsoProvider(new ProviderContext(store(SESSION_CONFIG), caller, CLOCK, null, null), "default").load().get();
        assertEquals(1, caller.calls.size());
        assertEquals("fresh", caller.calls.get(0).params().get("accessToken"));
    }

    @Test
    void failsOnAnExpiredSessionTokenWhoseRegistrationExpired() throws IOException {
        cache("corp", "{\"accessToken\":\"old\",\"expiresAt\":\"2029-12-31T00:00:00Z\",\"clientId\":\"cid\","
                + "\"clientSecret\":\"cs\",\"registrationExpiresAt\":\"2029-12-31T00:00:00Z\",\"refreshToken\":\"rt\"}");
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, () -> new SsoProvider(
                new ProviderContext(store(SESSION_CONFIG), caller, CLOCK, null, null), "default").load().get());
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertTrue(caller.calls.isEmpty());
    }

    @Test
    void reportsAMissingTokenCacheWithTheLoginHint() throws IOException {
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, () -> new SsoProvider(
                new ProviderContext(store(SESSION_CONFIG), caller, CLOCK, null, null), "default").load().get());
        assertTrue(e.getMessage().contains("aws sso login"), e.getMessage());
    }
}
