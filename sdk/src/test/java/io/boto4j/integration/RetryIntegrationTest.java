package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.testsupport.TestClients;
import io.boto4j.exception.ClientError;
import io.boto4j.exception.EndpointConnectionError;
import io.boto4j.exception.ReadTimeoutError;
import io.boto4j.testsupport.FaultServer;
import io.boto4j.testsupport.FaultServer.Hang;
import io.boto4j.testsupport.FaultServer.Reset;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retries against a local endpoint that fails on purpose; SQS (JSON 1.0) is the client under test. */
class RetryIntegrationTest {
    private static final String OK = "{\"QueueUrls\":[\"https://q/1\"]}";

    private static Client sqs(FaultServer server, String mode, int maxAttempts, Duration readTimeout) {
        Session session = TestClients.session("us-east-1");
        Config.Builder config = Config.builder().retries(Map.of("mode", mode, "total_max_attempts", maxAttempts));
        if (readTimeout != null) {
            config.readTimeout(readTimeout);
        }
        return session.client("sqs", ClientOptions.builder().endpointUrl(server.endpoint()).config(config.build()).build());
    }

    private static Map<?, ?> metadata(Map<String, Object> out) {
        return (Map<?, ?>) out.get("ResponseMetadata");
    }

    @Test
    void retriesServerErrorsUntilTheServiceAnswers() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.json(500, "{\"__type\":\"InternalError\"}"),
                FaultServer.json(503, "{\"__type\":\"ServiceUnavailable\"}"), FaultServer.json(200, OK))) {
            Map<String, Object> out = sqs(server, "standard", 3, null).call("ListQueues", Map.of());
            assertEquals(List.of("https://q/1"), out.get("QueueUrls"));
            assertEquals(2, metadata(out).get("RetryAttempts"));
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void retriesThrottlingErrorsByCode() throws Exception {
        try (FaultServer server = new FaultServer(
                FaultServer.json(400, "{\"__type\":\"com.amazonaws.sqs#ThrottlingException\",\"message\":\"slow down\"}"),
                FaultServer.json(200, OK))) {
            Map<String, Object> out = sqs(server, "standard", 3, null).call("ListQueues", Map.of());
            assertEquals(1, metadata(out).get("RetryAttempts"));
        }
    }

    @Test
    void sendsTheInvocationIdAndAttemptNumberOnEveryAttempt() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.json(503, "{}"), FaultServer.json(200, OK))) {
            sqs(server, "standard", 3, null).call("ListQueues", Map.of());
            List<FaultServer.Request> reqs = server.requests();
            assertEquals(reqs.get(0).header("amz-sdk-invocation-id"), reqs.get(1).header("amz-sdk-invocation-id"));
            assertEquals("attempt=1; max=3", reqs.get(0).header("amz-sdk-request"));
            assertEquals("attempt=2; max=3", reqs.get(1).header("amz-sdk-request"));
            // each attempt is signed anew
            assertTrue(reqs.get(1).header("authorization").startsWith("AWS4-HMAC-SHA256"));
        }
    }

    @Test
    void retriesAConnectionResetByThePeer() throws Exception {
        try (FaultServer server = new FaultServer(new Reset(), FaultServer.json(200, OK))) {
            Map<String, Object> out = sqs(server, "standard", 3, null).call("ListQueues", Map.of());
            assertEquals(1, metadata(out).get("RetryAttempts"));
        }
    }

    @Test
    void raisesReadTimeoutErrorWhenEveryAttemptTimesOut() throws Exception {
        try (FaultServer server = new FaultServer(new Hang(5_000))) {
            Client sqs = sqs(server, "standard", 2, Duration.ofMillis(300));
            ReadTimeoutError e = assertThrows(ReadTimeoutError.class, () -> sqs.call("ListQueues", Map.of()));
            assertTrue(e.getMessage().contains(server.endpoint()), e.getMessage());
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void raisesEndpointConnectionErrorWhenNothingListens() throws Exception {
        FaultServer server = new FaultServer(FaultServer.json(200, OK));
        String endpoint = server.endpoint();
        server.close();
        Session session = TestClients.session("us-east-1");
        Client sqs = session.client("sqs", ClientOptions.builder().endpointUrl(endpoint)
                .config(Config.builder().retries(Map.of("total_max_attempts", 1)).build()).build());
        EndpointConnectionError e = assertThrows(EndpointConnectionError.class, () -> sqs.call("ListQueues", Map.of()));
        assertTrue(e.getMessage().contains(endpoint), e.getMessage());
    }

    @Test
    void givesUpAfterMaxAttemptsAndSaysSo() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.json(503, "{\"__type\":\"ServiceUnavailable\",\"message\":\"busy\"}"))) {
            ClientError e = assertThrows(ClientError.class, () -> sqs(server, "standard", 3, null).call("ListQueues", Map.of()));
            assertEquals("ServiceUnavailable", e.getErrorCode());
            assertEquals(503, e.getHttpStatusCode());
            Map<?, ?> meta = (Map<?, ?>) e.getResponse().get("ResponseMetadata");
            assertEquals(2, meta.get("RetryAttempts"));
            assertEquals(true, meta.get("MaxAttemptsReached"));
            assertTrue(e.getMessage().contains("reached max retries: 2"), e.getMessage());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void doesNotRetryAClientErrorThatIsNotTransient() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.json(400,
                "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"no\"}"))) {
            ClientError e = assertThrows(ClientError.class, () -> sqs(server, "standard", 3, null).call("ListQueues", Map.of()));
            assertEquals("QueueDoesNotExist", e.getErrorCode());
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void correctsTheSigningClockAfterASkewError() throws Exception {
        Instant serverNow = Instant.now().plus(Duration.ofHours(1));
        String serverDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(serverNow, ZoneOffset.UTC));
        Map<String, String> skewHeaders = new HashMap<>(Map.of("Content-Type", "application/x-amz-json-1.0",
                "Date", serverDate));
        try (FaultServer server = new FaultServer(new FaultServer.Dynamic(request -> {
            Instant signed = java.time.LocalDateTime.parse(request.header("x-amz-date"),
                    DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC);
            boolean onServerTime = Duration.between(signed, serverNow).abs().compareTo(Duration.ofMinutes(5)) < 0;
            return onServerTime ? FaultServer.json(200, OK)
                    : new FaultServer.Respond(400, skewHeaders,
                            "{\"__type\":\"InvalidSignatureException\",\"message\":\"Signature expired\"}");
        }))) {
            Map<String, Object> out = sqs(server, "standard", 3, null).call("ListQueues", Map.of());
            assertEquals(1, metadata(out).get("RetryAttempts"));
        }
    }

    @Test
    void legacyModeRetriesUpToItsOwnLimit() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.json(500, "{}"), FaultServer.json(500, "{}"),
                FaultServer.json(200, OK))) {
            Map<String, Object> out = sqs(server, "legacy", 5, null).call("ListQueues", Map.of());
            assertEquals(2, metadata(out).get("RetryAttempts"));
        }
    }
}
