package io.boto4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The java.net.http alternative behind the same SPI, against a local HttpServer. */
class JdkHttpClientTest {
    private HttpServer server;
    private final JdkHttpClient client = new JdkHttpClient(HttpClientSettings.builder().proxies(Map.of())
            .readTimeout(Duration.ofMillis(800)).build());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.createContext("/echo", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("X-Target", String.valueOf(ex.getRequestHeaders().getFirst("X-Amz-Target")));
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/slow", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsAndReadsAResponse() throws IOException {
        HttpRequest request = HttpRequest.builder().method("POST")
                .uri("http://127.0.0.1:" + server.getAddress().getPort() + "/echo")
                .header("X-Amz-Target", "Svc.Op").header("Host", "ignored.example")
                .body(RequestBody.ofString("payload")).build();
        try (HttpResponse r = client.execute(request)) {
            assertEquals(200, r.statusCode());
            assertEquals("Svc.Op", r.headers().first("x-target"));
            assertEquals("payload", new String(r.bodyBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void slowResponsesAreReadTimeouts() {
        HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> client.execute(
                HttpRequest.builder().uri("http://127.0.0.1:" + server.getAddress().getPort() + "/slow").build()));
        assertEquals(HttpConnectionException.Kind.READ_TIMEOUT, e.kind());
    }
}
