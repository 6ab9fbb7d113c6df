package io.boto4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged sample, started with {@code java -jar} and nothing else (its own local backend), driven through
 * its HTTP API as a client would: the whole document cycle, each error, health and metrics. The backend is
 * stopped last, to see the 503.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InboxApp app;

    @BeforeAll
    void startTheSampleAsShipped() throws Exception {
        app = InboxApp.start();
    }

    @AfterAll
    void stopItAndLeaveNoProcessBehind() throws Exception {
        if (app == null) {
            return;
        }
        List<ProcessHandle> started = app.descendants();
        app.close();
        assertThat(started).as("processes the sample started").allSatisfy(p -> assertThat(p.isAlive()).isFalse());
    }

    @Test
    @Order(1)
    void aDocumentGoesThroughItsWholeCycle() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(content);
        HttpResponse<String> created = upload("report.bin", content);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        String id = doc.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/documents/" + id);
        assertThat(doc.get("name").asString()).isEqualTo("report.bin");
        assertThat(doc.get("size").asLong()).isEqualTo(content.length);
        assertThat(doc.get("status").asString()).isEqualTo("RECEIVED");

        JsonNode processed = awaitProcessed(id);
        assertThat(processed.get("sha256").asString()).isEqualTo(sha256(content));

        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(
                URI.create(processed.get("downloadUrl").asString())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);

        JsonNode list = JSON.readTree(get("/api/documents").body());
        assertThat(list.get("documents").findValuesAsString("id")).contains(id);

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/documents/" + id)))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertProblem(get("/api/documents/" + id), 404);
    }

    @Test
    @Order(2)
    void theListingPagesWithNextToken() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(upload("page-" + i + ".txt", ("page " + i).getBytes()).statusCode()).isEqualTo(201);
        }
        JsonNode first = JSON.readTree(get("/api/documents?limit=2").body());
        assertThat(first.get("documents")).hasSize(2);
        String token = first.get("nextToken").asString();
        JsonNode second = JSON.readTree(get("/api/documents?limit=2&nextToken=" + token).body());
        assertThat(second.get("documents").findValuesAsString("id"))
                .doesNotContainAnyElementsOf(first.get("documents").findValuesAsString("id"));
    }

    @Test
    @Order(3)
    void eachErrorIsAProblemDetail() throws Exception {
        Multipart noFile = new Multipart().part("other", null, "x".getBytes());
        assertProblem(http.send(HttpRequest.newBuilder(URI.create(app.url("/api/documents")))
                .header("Content-Type", noFile.contentType()).POST(noFile.publisher()).build(),
                HttpResponse.BodyHandlers.ofString()), 400);
        assertProblem(upload("big.bin", new byte[11 * 1024 * 1024]), 413);
        assertProblem(get("/api/documents/no-such-document"), 404);
    }

    @Test
    @Order(4)
    void healthShowsTheBoto4jComponentsAndMetricsCountTheCalls() throws Exception {
        JsonNode health = JSON.readTree(get("/actuator/health").body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode boto4j = health.path("components").path("boto4j");
        assertThat(boto4j.path("status").asString()).isEqualTo("UP");
        assertThat(boto4j.path("components").has("s3")).isTrue();
        assertThat(boto4j.path("components").has("sqs")).isTrue();

        JsonNode puts = JSON.readTree(get("/actuator/metrics/boto4j.client.requests?tag=service:dynamodb"
                + "&tag=operation:PutItem").body());
        assertThat(puts.get("name").asString()).isEqualTo("boto4j.client.requests");
        assertThat(puts.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(5)
    void thePageWorksInARealBrowser() throws Exception {
        new InboxPage(app).uploadSeeProcessedDownloadAndDelete();
    }

    @Test
    @Order(9)
    void aBackendThatCannotBeReachedIsA503WithTheReason() throws Exception {
        List<ProcessHandle> backend = app.descendants();
        assertThat(backend).as("the local backend the sample started").isNotEmpty();
        backend.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : backend) {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        HttpResponse<String> r = get("/api/documents");
        assertProblem(r, 503);
        assertThat(JSON.readTree(r.body()).get("detail").asString()).contains("127.0.0.1");
    }

    private HttpResponse<String> upload(String name, byte[] content) throws Exception {
        Multipart form = new Multipart().part("file", name, content);
        return http.send(HttpRequest.newBuilder(URI.create(app.url("/api/documents")))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitProcessed(String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            JsonNode d = JSON.readTree(get("/api/documents/" + id).body());
            if ("PROCESSED".equals(d.path("status").asString())) {
                return d;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("document " + id + " was not processed in time:\n" + app.tail());
    }

    private static void assertProblem(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(r.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
