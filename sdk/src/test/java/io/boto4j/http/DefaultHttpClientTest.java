package io.boto4j.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default client against a real local HTTP server (the JDK's com.sun.net.httpserver). */
class DefaultHttpClientTest {
    private static final byte[] BIG = new byte[8 * 1024 * 1024];

    static {
        new Random(5).nextBytes(BIG);
    }

    private HttpServer server;
    private ExecutorService serverThreads;
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final List<Map<String, String>> seenHeaders = new java.util.concurrent.CopyOnWriteArrayList<>();
    private DefaultHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.createContext("/echo", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            Map<String, String> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ex.getRequestHeaders().forEach((k, v) -> h.put(k, String.join(",", v)));
            seenHeaders.add(h);
            byte[] body = ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("X-Method", ex.getRequestMethod());
            ex.getResponseHeaders().add("X-Query", String.valueOf(ex.getRequestURI().getRawQuery()));
            ex.getResponseHeaders().add("X-Path", ex.getRequestURI().getRawPath());
            ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/big", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, BIG.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(BIG);
            } catch (IOException e) {
                // the client closed early on purpose
            }
        });
        server.createContext("/chunked", ex -> {
            clientPorts.add(ex.getRemoteAddress().getPort());
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 5; i++) {
                    out.write(("part" + i + ";").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.createContext("/status", ex -> {
            int code = Integer.parseInt(ex.getRequestURI().getQuery());
            ex.sendResponseHeaders(code, -1);
            ex.close();
        });
        server.start();
        client = new DefaultHttpClient(HttpClientSettings.builder().proxies(Map.of())
                .readTimeout(Duration.ofSeconds(10)).build());
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void sendsMethodPathQueryHeadersAndBodyAndReadsTheResponse() throws IOException {
        HttpRequest request = HttpRequest.builder().method("POST").uri(url("/echo/a%2Fb?x=1&y=%20z"))
                .header("X-Amz-Target", "Test.Op").body(RequestBody.ofString("{\"hello\":1}")).build();
        try (HttpResponse r = client.execute(request)) {
            assertEquals(200, r.statusCode());
            assertEquals("POST", r.headers().first("x-method"));
            assertEquals("/echo/a%2Fb", r.headers().first("X-Path"));
            assertEquals("x=1&y=%20z", r.headers().first("X-Query"));
            assertEquals("{\"hello\":1}", new String(r.bodyBytes(), StandardCharsets.UTF_8));
        }
        Map<String, String> h = seenHeaders.get(0);
        assertEquals("Test.Op", h.get("X-Amz-Target"));
        assertEquals("11", h.get("Content-Length"));
        assertEquals("127.0.0.1:" + server.getAddress().getPort(), h.get("Host"));
    }

    @Test
    void sequentialRequestsReuseOneKeepAliveConnection() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (HttpResponse r = client.execute(HttpRequest.builder().method("GET").uri(url("/echo")).build())) {
                r.bodyBytes();
            }
        }
        assertEquals(1, clientPorts.size(), "connections used: " + clientPorts);
        assertEquals(1, client.idleConnections());
    }

    @Test
    void explicitHostHeaderIsSentAsGiven() throws IOException {
        try (HttpResponse r = client.execute(HttpRequest.builder().uri(url("/echo"))
                .header("Host", "bucket.s3.amazonaws.com").build())) {
            r.bodyBytes();
        }
        assertEquals("bucket.s3.amazonaws.com", seenHeaders.get(0).get("Host"));
    }

    @Test
    void streamingBodyOfUnknownLengthIsSentChunked() throws IOException {
        byte[] data = new byte[300_000];
        new Random(2).nextBytes(data);
        HttpRequest request = HttpRequest.builder().method("PUT").uri(url("/echo"))
                .body(RequestBody.ofInputStream(new ByteArrayInputStream(data), -1)).build();
        try (HttpResponse r = client.execute(request)) {
            assertArrayEquals(data, r.bodyBytes());
        }
        assertEquals("chunked", seenHeaders.get(0).get("Transfer-Encoding"));
        assertNull(seenHeaders.get(0).get("Content-Length"));
    }

    @Test
    void streamingBodyOfKnownLengthIsSentWithContentLength() throws IOException {
        byte[] data = new byte[200_000];
        new Random(3).nextBytes(data);
        HttpRequest request = HttpRequest.builder().method("PUT").uri(url("/echo"))
                .body(RequestBody.ofInputStream(new ByteArrayInputStream(data), data.length)).build();
        try (HttpResponse r = client.execute(request)) {
            assertArrayEquals(data, r.bodyBytes());
        }
        assertEquals("200000", seenHeaders.get(0).get("Content-Length"));
    }

    @Test
    void transferEncodingChunkedHeaderForcesChunkedFramingOfABufferedBody() throws IOException {
        byte[] data = "aws-chunked payload would go here".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.builder().method("PUT").uri(url("/echo"))
                .header("Transfer-Encoding", "chunked").header("Content-Length", "999")
                .body(RequestBody.ofBytes(data)).build();
        try (HttpResponse r = client.execute(request)) {
            assertArrayEquals(data, r.bodyBytes());
        }
        assertEquals("chunked", seenHeaders.get(0).get("Transfer-Encoding"));
        assertNull(seenHeaders.get(0).get("Content-Length"));
    }

    @Test
    void contentLengthHeaderThatContradictsTheBodyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.execute(
                HttpRequest.builder().method("PUT").uri(url("/echo")).header("Content-Length", "5")
                        .body(RequestBody.ofString("123")).build()));
        assertTrue(e.getMessage().contains("5") && e.getMessage().contains("3 bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.execute(
                HttpRequest.builder().uri(url("/echo")).header("Bad Name", "x").build()));
    }

    @Test
    void bodyShorterThanItsDeclaredLengthIsAnErrorNamingBothLengths() {
        HttpRequest request = HttpRequest.builder().method("PUT").uri(url("/echo"))
                .body(RequestBody.ofInputStream(new ByteArrayInputStream(new byte[10]), 20)).build();
        IOException e = assertThrows(IOException.class, () -> client.execute(request));
        assertTrue(e.getMessage().contains("10 of 20"), e.getMessage());
    }

    @Test
    void largeResponsesStreamAndReturnTheConnectionWhenFullyRead() throws IOException {
        try (HttpResponse r = client.execute(HttpRequest.builder().uri(url("/big")).build())) {
            assertEquals(Integer.toString(BIG.length), r.headers().first("Content-Length"));
            InputStream in = r.body();
            byte[] buf = new byte[65536];
            java.security.MessageDigest md = sha256();
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                md.update(buf, 0, n);
                total += n;
            }
            assertEquals(BIG.length, total);
            assertArrayEquals(sha256().digest(BIG), md.digest());
        }
        assertEquals(1, client.idleConnections());
    }

    @Test
    void closingAResponseEarlyClosesItsConnectionInsteadOfReadingEverything() throws IOException {
        try (HttpResponse r = client.execute(HttpRequest.builder().uri(url("/big")).build())) {
            assertEquals(1024, r.body().readNBytes(1024).length);
        }
        assertEquals(0, client.idleConnections());
        try (HttpResponse r = client.execute(HttpRequest.builder().uri(url("/echo")).build())) {
            assertEquals(200, r.statusCode());
        }
        assertEquals(2, clientPorts.size());
    }

    @Test
    void chunkedResponsesAreDecodedAndKeepTheConnection() throws IOException {
        for (int i = 0; i < 3; i++) {
            try (HttpResponse r = client.execute(HttpRequest.builder().uri(url("/chunked")).build())) {
                assertEquals("part0;part1;part2;part3;part4;", new String(r.bodyBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(1, clientPorts.size());
    }

    @Test
    void responsesWithoutBodiesReleaseTheConnectionAtOnce() throws IOException {
        HttpResponse r = client.execute(HttpRequest.builder().uri(url("/status?204")).build());
        assertEquals(204, r.statusCode());
        assertEquals(0, r.bodyBytes().length);
        HttpResponse head = client.execute(HttpRequest.builder().method("HEAD").uri(url("/big")).build());
        assertEquals(200, head.statusCode());
        assertEquals(1, client.idleConnections());
    }

    @Test
    void concurrentCallsOpenSeveralConnectionsAndThePoolKeepsAtMostItsSize() throws Exception {
        DefaultHttpClient small = new DefaultHttpClient(HttpClientSettings.builder().proxies(Map.of())
                .maxPoolConnections(2).build());
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                results.add(callers.submit(() -> {
                    go.await();
                    int ok = 0;
                    for (int i = 0; i < 30; i++) {
                        try (HttpResponse r = small.execute(HttpRequest.builder().method("POST").uri(url("/echo"))
                                .body(RequestBody.ofString("x" + i)).build())) {
                            ok += ("x" + i).equals(new String(r.bodyBytes(), StandardCharsets.UTF_8)) ? 1 : 0;
                        }
                    }
                    return ok;
                }));
            }
            go.countDown();
            int ok = 0;
            for (Future<Integer> f : results) {
                ok += f.get();
            }
            assertEquals(180, ok);
            assertTrue(small.idleConnections() <= 2, "idle " + small.idleConnections());
        } finally {
            callers.shutdownNow();
            small.close();
        }
    }

    @Test
    void refusedConnectionsAreConnectFailures() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> client.execute(
                HttpRequest.builder().uri("http://127.0.0.1:" + port + "/").build()));
        assertEquals(HttpConnectionException.Kind.CONNECT_FAILED, e.kind());
    }

    @Test
    void unknownHostsAreConnectFailuresNamingTheHost() {
        HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> client.execute(
                HttpRequest.builder().uri("http://no-such-host.invalid/").build()));
        assertEquals(HttpConnectionException.Kind.CONNECT_FAILED, e.kind());
        assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
    }

    @Test
    void badRequestsAreRejectedWithAClearMessage() {
        IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
                () -> client.execute(HttpRequest.builder().uri("ftp://127.0.0.1/x").build()));
        assertTrue(scheme.getMessage().contains("ftp"));
        IllegalArgumentException crlf = assertThrows(IllegalArgumentException.class, () -> client.execute(
                HttpRequest.builder().uri(url("/echo")).header("X-Evil", "a\r\nInjected: yes").build()));
        assertTrue(crlf.getMessage().contains("X-Evil"), crlf.getMessage());
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
