package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.CredentialRetrievalError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container provider against a local HTTP server standing in for the ECS / EKS Pod Identity agent. */
class ContainerProviderTest {
    private static final String BODY = "{\"AccessKeyId\":\"AKIDCONTAINER\",\"SecretAccessKey\":\"SECRETCONTAINER\","
            + "\"Token\":\"TOKENCONTAINER\",\"Expiration\":\"2099-01-01T00:00:00Z\",\"AccountId\":\"123456789012\"}";

    @TempDir
    Path dir;

    private static ContainerProvider provider(Map<String, String> env) {
        return new ContainerProvider(env, Clock.systemUTC(), Duration.ofMillis(500), d -> { });
    }

    @Test
    void fetchesCredentialsFromFullUriWithTokenFromFile() throws Exception {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "pod-identity-token");
        try (LocalHttpServer server = new LocalHttpServer("Authorization", (ex, n) -> LocalHttpServer.respond(ex, 200, BODY))) {
            ResolvedCredentials rc = provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url() + "/creds",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", tokenFile.toString(),
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored-because-file-wins")).load();
            Credentials c = rc.get();
            assertEquals("AKIDCONTAINER", c.accessKey());
            assertEquals("TOKENCONTAINER", c.token());
            assertEquals("container-role", rc.method());
            assertEquals(Instant.parse("2099-01-01T00:00:00Z"), c.expiry());
            assertEquals("123456789012", c.accountId());
            assertInstanceOf(RefreshableCredentials.class, rc);
            assertEquals("pod-identity-token", server.requests.get(0).header());
            assertEquals("/creds", server.requests.get(0).path());
        }
    }

    @Test
    void sendsAuthorizationTokenFromEnvironment() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("Authorization", (ex, n) -> LocalHttpServer.respond(ex, 200, BODY))) {
            provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url() + "/v2/credentials",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", "Basic abc")).load().get();
            assertEquals("Basic abc", server.requests.get(0).header());
        }
    }

    @Test
    void retriesServerErrorsThreeTimes() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("Authorization",
                (ex, n) -> LocalHttpServer.respond(ex, n < 3 ? 500 : 200, n < 3 ? "busy" : BODY))) {
            Credentials c = provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url())).load().get();
            assertEquals("AKIDCONTAINER", c.accessKey());
            assertEquals(3, server.requests.size());
        }
    }

    @Test
    void failsAfterThreeAttemptsNamingTheStatus() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("Authorization", (ex, n) -> LocalHttpServer.respond(ex, 503, "no"))) {
            CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                    () -> provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url())).load());
            assertTrue(e.getMessage().contains("503"), e.getMessage());
            assertEquals(3, server.requests.size());
        }
    }

    @Test
    void timesOutSlowServersAndRetries() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("Authorization", (ex, n) -> {
            if (n == 1) {
                LocalHttpServer.sleep(1500);
            }
            LocalHttpServer.respond(ex, 200, BODY);
        })) {
            Credentials c = provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url())).load().get();
            assertEquals("AKIDCONTAINER", c.accessKey());
            assertTrue(server.requests.size() >= 2);
        }
    }

    @Test
    void rejectsBadJsonAfterRetries() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("Authorization", (ex, n) -> LocalHttpServer.respond(ex, 200, "not json"))) {
            CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                    () -> provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url())).load());
            assertTrue(e.getMessage().contains("Unable to parse JSON"), e.getMessage());
        }
    }

    @Test
    void refusesHostsOutsideTheAllowedList() {
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class,
                () -> provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://evil.example.com/creds")).load());
        assertTrue(e.getMessage().contains("Unsupported host 'evil.example.com'"), e.getMessage());
    }

    @Test
    void acceptsEksPodIdentityAndLoopbackHostsButNotLookalikes() {
        // the check itself, without a request: these hosts pass validation and then fail to connect or not
        assertThrows(CredentialRetrievalError.class, () -> provider(Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "http://127.0.0.2:1/creds")).load());
        CredentialRetrievalError lookalike = assertThrows(CredentialRetrievalError.class, () -> provider(Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://169.254.170.2.evil.com/")).load());
        assertTrue(lookalike.getMessage().contains("Unsupported host"));
    }

    @Test
    void rejectsTokensWithLineBreaks() throws Exception {
        try (LocalHttpServer server = new LocalHttpServer("Authorization", (ex, n) -> LocalHttpServer.respond(ex, 200, BODY))) {
            CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, () -> provider(Map.of(
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI", server.url(),
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", "secret-token\r\nX-Injected: 1")).load());
            assertFalse(e.getMessage().contains("secret-token"));
            assertTrue(server.requests.isEmpty());
        }
    }

    @Test
    void isNotConfiguredWithoutTheVariables() {
        assertNull(provider(Map.of()).load());
    }
}
