package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IMDS provider against a local HTTP server emulating IMDSv2: PUT latest/api/token, then the role name and
 * its credentials, with the token required on each GET (as the real service does when v1 is off).
 */
class InstanceMetadataProviderTest {
    private static final String TOKEN = "imds-session-token";
    private static final String CREDS = "{\"Code\":\"Success\",\"AccessKeyId\":\"AKIDIMDS\",\"SecretAccessKey\":\"SECRETIMDS\","
            + "\"Token\":\"TOKENIMDS\",\"Expiration\":\"2099-01-01T00:00:00Z\"}";

    @TempDir
    Path dir;

    /** How the emulator answers: token status, delay of the token call, and failures before credentials succeed. */
    record Behaviour(int tokenStatus, long tokenDelayMillis, int credentialFailures, boolean requireToken) {
    }

    private static LocalHttpServer imds(Behaviour b, AtomicInteger credentialCalls) throws IOException {
        return new LocalHttpServer("x-aws-ec2-metadata-token", (ex, n) -> route(ex, b, credentialCalls));
    }

    private static void route(HttpExchange ex, Behaviour b, AtomicInteger credentialCalls) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/latest/api/token")) {
            LocalHttpServer.sleep(b.tokenDelayMillis());
            boolean ttl = "21600".equals(ex.getRequestHeaders().getFirst("x-aws-ec2-metadata-token-ttl-seconds"));
            boolean ok = ex.getRequestMethod().equals("PUT") && ttl && b.tokenStatus() == 200;
            LocalHttpServer.respond(ex, ok ? 200 : b.tokenStatus(), ok ? TOKEN : "");
            return;
        }
        String token = ex.getRequestHeaders().getFirst("x-aws-ec2-metadata-token");
        if (b.requireToken() && !TOKEN.equals(token)) {
            LocalHttpServer.respond(ex, 401, "");
            return;
        }
        switch (path) {
            case "/latest/meta-data/iam/security-credentials/" -> LocalHttpServer.respond(ex, 200, "my-role\n");
            case "/latest/meta-data/iam/security-credentials/my-role" -> {
                int call = credentialCalls.incrementAndGet();
                if (call <= b.credentialFailures()) {
                    LocalHttpServer.respond(ex, 500, "");
                } else {
                    LocalHttpServer.respond(ex, 200, CREDS);
                }
            }
            case "/latest/meta-data/placement/region" -> LocalHttpServer.respond(ex, 200, "eu-west-1");
            default -> LocalHttpServer.respond(ex, 404, "");
        }
    }

    private ConfigStore store(String endpoint, Map<String, String> extra, String configText) throws IOException {
        Map<String, String> env = new HashMap<>(extra);
        env.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", endpoint);
        Path config = dir.resolve("config");
        java.nio.file.Files.writeString(config, configText);
        return ConfigStore.builder().env(env).configFile(config).credentialsFile(dir.resolve("none")).build();
    }

    @Test
    void fetchesRoleCredentialsWithAnImdsV2Token() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalHttpServer server = imds(new Behaviour(200, 0, 0, true), calls)) {
            InstanceMetadataProvider p = new InstanceMetadataProvider(store(server.url(), Map.of(), ""), Clock.systemUTC());
            ResolvedCredentials rc = p.load();
            Credentials c = rc.get();
            assertEquals("AKIDIMDS", c.accessKey());
            assertEquals("TOKENIMDS", c.token());
            assertEquals("iam-role", rc.method());
            assertEquals(Instant.parse("2099-01-01T00:00:00Z"), c.expiry());
            assertEquals("PUT", server.requests.get(0).method());
            assertTrue(server.requests.stream().skip(1).allMatch(r -> TOKEN.equals(r.header())));
            assertEquals("eu-west-1", p.region());
        }
    }

    @Test
    void fallsBackToImdsV1WhenTheTokenCallIsForbidden() throws Exception {
        try (LocalHttpServer server = imds(new Behaviour(403, 0, 0, false), new AtomicInteger())) {
            Credentials c = new InstanceMetadataProvider(store(server.url(), Map.of(), ""), Clock.systemUTC()).load().get();
            assertEquals("AKIDIMDS", c.accessKey());
            assertTrue(server.requests.stream().skip(1).allMatch(r -> r.header() == null));
        }
    }

    @Test
    void fallsBackToImdsV1WhenTheTokenCallTimesOut() throws Exception {
        // the token answer comes after the 2 s timeout; the v1 calls that follow have 2 s each, room on a loaded machine
        try (LocalHttpServer server = imds(new Behaviour(200, 3500, 0, false), new AtomicInteger())) {
            Credentials c = new InstanceMetadataProvider(store(server.url(),
                    Map.of("AWS_METADATA_SERVICE_TIMEOUT", "2"), ""), Clock.systemUTC()).load().get();
            assertEquals("AKIDIMDS", c.accessKey());
        }
    }

    @Test
    void refusesImdsV1WhenDisabledInTheProfile() throws Exception {
        try (LocalHttpServer server = imds(new Behaviour(404, 0, 0, false), new AtomicInteger())) {
            CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, () -> new InstanceMetadataProvider(
                    store(server.url(), Map.of(), "[default]\nec2_metadata_v1_disabled = true\n"), Clock.systemUTC()).load());
            assertTrue(e.getMessage().contains("IMDSv1 has been disabled"), e.getMessage());
        }
    }

    @Test
    void retriesFailedCredentialCallsUpToTheConfiguredAttempts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalHttpServer server = imds(new Behaviour(200, 0, 2, true), calls)) {
            Credentials c = new InstanceMetadataProvider(store(server.url(), Map.of("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "3"),
                    ""), Clock.systemUTC()).load().get();
            assertEquals("AKIDIMDS", c.accessKey());
            assertEquals(3, calls.get());
        }
    }

    @Test
    void givesUpQuietlyWhenAttemptsRunOut() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (LocalHttpServer server = imds(new Behaviour(200, 0, 5, true), calls)) {
            assertNull(new InstanceMetadataProvider(store(server.url(), Map.of(),
                    "[default]\nmetadata_service_num_attempts = 2\n"), Clock.systemUTC()).load());
            assertEquals(2, calls.get());
        }
    }

    @Test
    void isOffWhenAwsEc2MetadataDisabled() throws Exception {
        try (LocalHttpServer server = imds(new Behaviour(200, 0, 0, true), new AtomicInteger())) {
            assertNull(new InstanceMetadataProvider(store(server.url(), Map.of("AWS_EC2_METADATA_DISABLED", "true"), ""),
                    Clock.systemUTC()).load());
            assertTrue(server.requests.isEmpty());
        }
    }

    @Test
    void rejectsAnEndpointThatIsNotAnHttpUrl() throws Exception {
        io.boto4j.exception.InvalidConfigError e = assertThrows(io.boto4j.exception.InvalidConfigError.class,
                () -> new InstanceMetadataProvider(store("169.254.169.254", Map.of(), ""), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("169.254.169.254"), e.getMessage());
    }

    @Test
    void usesTheIpv6EndpointInIpv6Mode() throws Exception {
        Path config = dir.resolve("config6");
        java.nio.file.Files.writeString(config, "[default]\nec2_metadata_service_endpoint_mode = ipv6\n");
        ConfigStore store = ConfigStore.builder().env(Map.of("AWS_METADATA_SERVICE_TIMEOUT", "1")).configFile(config)
                .credentialsFile(dir.resolve("none")).build();
        // nothing listens there on this machine: the provider must report "not found", quickly, not hang or throw
        assertNull(new InstanceMetadataProvider(store, Clock.systemUTC()).region());
    }
}
