package io.boto4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connection faults, 100-continue and hand-framed responses, from raw sockets the test scripts. */
class DefaultHttpClientFaultTest {
    private final DefaultHttpClient client = new DefaultHttpClient(HttpClientSettings.builder().proxies(Map.of())
            .connectTimeout(Duration.ofMillis(500)).readTimeout(Duration.ofMillis(700))
            .expectContinueTimeout(Duration.ofMillis(400)).build());

    @AfterEach
    void close() {
        client.close();
    }

    private static HttpRequest get(RawServer s) {
        return HttpRequest.builder().uri(s.url("/x")).build();
    }

    @Test
    void silentServerIsAReadTimeout() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            Thread.sleep(5000);
        })) {
            HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> client.execute(get(s)));
            assertEquals(HttpConnectionException.Kind.READ_TIMEOUT, e.kind());
            io.boto4j.exception.BotoCoreError mapped = e.toBotoCoreError(s.url("/x"));
            assertTrue(mapped instanceof io.boto4j.exception.ReadTimeoutError, mapped.getClass().getName());
            assertEquals("Read timeout on endpoint URL: \"" + s.url("/x") + "\"", mapped.getMessage());
        }
    }

    @Test
    void stallInTheMiddleOfABodyIsAReadTimeoutFromTheStream() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly-part");
            Thread.sleep(5000);
        })) {
            HttpResponse r = client.execute(get(s));
            assertEquals(200, r.statusCode());
            HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> r.body().readAllBytes());
            assertEquals(HttpConnectionException.Kind.READ_TIMEOUT, e.kind());
        }
    }

    @Test
    void resetBeforeTheResponseIsAClosedConnection() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            socket.setSoLinger(true, 0);
            socket.close();
        })) {
            HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> client.execute(get(s)));
            assertEquals(HttpConnectionException.Kind.CONNECTION_CLOSED, e.kind());
        }
    }

    @Test
    void truncatedBodyIsAClosedConnectionNamingTheByteCounts() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n0123456789");
            socket.close();
        })) {
            HttpResponse r = client.execute(get(s));
            HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> r.body().readAllBytes());
            assertEquals(HttpConnectionException.Kind.CONNECTION_CLOSED, e.kind());
            assertTrue(e.getMessage().contains("10 of 50"), e.getMessage());
        }
    }

    @Test
    void keepAliveConnectionClosedByTheServerWhileIdleIsReplacedTransparently() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            // every connection answers one request as keep-alive, then the server drops it
            RawServer.readHead(socket.getInputStream());
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            Thread.sleep(100);
            socket.close();
        })) {
            for (int i = 0; i < 3; i++) {
                try (HttpResponse r = client.execute(HttpRequest.builder().method("PUT").uri(s.url("/x"))
                        .body(RequestBody.ofString("payload")).build())) {
                    assertEquals("ok", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
                }
                Thread.sleep(300);
            }
            assertEquals(3, s.connections.get());
        }
    }

    @Test
    void afterAServerRestartEveryStaleIdleConnectionIsSkipped() throws Exception {
        java.util.List<Socket> open = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch served = new java.util.concurrent.CountDownLatch(3);
        try (RawServer s = new RawServer((socket, i) -> {
            open.add(socket);
            InputStream in = socket.getInputStream();
            while (RawServer.readHead(in) != null) {
                RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                served.countDown();
            }
        })) {
            // three concurrent calls leave three idle connections in the pool
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(3);
            java.util.List<java.util.concurrent.Future<HttpResponse>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(pool.submit(() -> {
                    HttpResponse r = client.execute(get(s));
                    holding.countDown();
                    holding.await();
                    return r;
                }));
            }
            for (java.util.concurrent.Future<HttpResponse> f : calls) {
                f.get().bodyBytes();
            }
            pool.shutdown();
            assertEquals(3, client.idleConnections());
            for (Socket socket : open) {
                socket.close(); // the server "restarts": every idle connection is now dead
            }
            Thread.sleep(200);
            try (HttpResponse r = client.execute(get(s))) {
                assertEquals("ok", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void chunkedResponseWithExtensionsAndTrailersIsDecoded() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            InputStream in = socket.getInputStream();
            while (RawServer.readHead(in) != null) {
                RawServer.write(socket, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5;ext=1\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nx-amz-checksum-crc32: abc\r\n\r\n");
            }
        })) {
            for (int i = 0; i < 2; i++) {
                try (HttpResponse r = client.execute(get(s))) {
                    assertEquals("hello 0123456789", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
                }
            }
            assertEquals(1, s.connections.get(), "the connection was reused after the trailers");
        }
    }

    @Test
    void bodyWithoutLengthIsReadUntilTheConnectionCloses() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end");
            socket.close();
        })) {
            try (HttpResponse r = client.execute(get(s))) {
                assertEquals("until the end", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
            }
            assertEquals(0, client.idleConnections());
        }
    }

    private static HttpRequest expectContinuePut(RawServer s, int size) {
        return HttpRequest.builder().method("PUT").uri(s.url("/object")).header("Expect", "100-continue")
                .body(RequestBody.ofBytes(new byte[size])).build();
    }

    @Test
    void expectContinueSendsTheBodyAfterTheServerSays100() throws Exception {
        AtomicReference<String> order = new AtomicReference<>("");
        try (RawServer s = new RawServer((socket, i) -> {
            InputStream in = socket.getInputStream();
            List<String> head = RawServer.readHead(in);
            socket.setSoTimeout(200);
            try {
                int early = in.read();
                order.set(early < 0 ? "eof" : "body-before-100");
                return;
            } catch (SocketTimeoutException e) {
                order.set("waited");
            }
            socket.setSoTimeout(0);
            RawServer.write(socket, "HTTP/1.1 100 Continue\r\n\r\n");
            int length = Integer.parseInt(RawServer.header(head, "Content-Length"));
            byte[] body = in.readNBytes(length);
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: " + Integer.toString(body.length).length()
                    + "\r\n\r\n" + body.length);
        })) {
            try (HttpResponse r = client.execute(expectContinuePut(s, 2_000_000))) {
                assertEquals(200, r.statusCode());
                assertEquals("2000000", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
            }
            assertEquals("waited", order.get());
        }
    }

    @Test
    void expectContinueWithAFinalAnswerNeverSendsTheBody() throws Exception {
        AtomicInteger bytesAfterHead = new AtomicInteger(-1);
        try (RawServer s = new RawServer((socket, i) -> {
            InputStream in = socket.getInputStream();
            RawServer.readHead(in);
            RawServer.write(socket, "HTTP/1.1 403 Forbidden\r\nContent-Length: 6\r\n\r\ndenied");
            socket.setSoTimeout(1000);
            int n = 0;
            try {
                while (in.read() >= 0) {
                    n++;
                }
            } catch (IOException e) {
                // timeout or reset: count what arrived
            }
            bytesAfterHead.set(n);
        })) {
            try (HttpResponse r = client.execute(expectContinuePut(s, 2_000_000))) {
                assertEquals(403, r.statusCode());
                assertEquals("denied", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
            }
            for (int i = 0; i < 50 && bytesAfterHead.get() < 0; i++) {
                Thread.sleep(50);
            }
            assertEquals(0, bytesAfterHead.get(), "body bytes sent after a final answer");
        }
    }

    @Test
    void expectContinueSendsASmallBodyWithTheHeadWithoutWaitingFor100() throws Exception {
        AtomicReference<String> arrived = new AtomicReference<>("");
        try (RawServer s = new RawServer((socket, i) -> {
            InputStream in = socket.getInputStream();
            List<String> head = RawServer.readHead(in);
            // the client's 400 ms wait for 100 Continue would leave nothing to read within 200 ms
            socket.setSoTimeout(200);
            byte[] body;
            try {
                body = in.readNBytes(Integer.parseInt(RawServer.header(head, "Content-Length")));
                arrived.set(RawServer.header(head, "Expect") + " " + body.length);
            } catch (SocketTimeoutException e) {
                arrived.set("waited");
                return;
            }
            RawServer.write(socket, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        })) {
            try (HttpResponse r = client.execute(expectContinuePut(s, 1024))) {
                assertEquals(200, r.statusCode());
                assertEquals("ok", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
            }
            assertEquals("100-continue 1024", arrived.get());
        }
    }

    @Test
    void expectContinueSendsTheBodyAnywayWhenTheServerStaysSilent() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            InputStream in = socket.getInputStream();
            List<String> head = RawServer.readHead(in);
            byte[] body = in.readNBytes(Integer.parseInt(RawServer.header(head, "Content-Length")));
            RawServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n" + (body.length == 1000 ? "full"
                    : "part"));
        })) {
            try (HttpResponse r = client.execute(expectContinuePut(s, 1000))) {
                assertEquals("full", new String(r.bodyBytes(), StandardCharsets.US_ASCII));
            }
        }
    }

    @Test
    void unansweredConnectsAreConnectTimeouts() throws Exception {
        // a listener that never accepts, with its backlog filled, leaves further SYNs unanswered
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                boolean timedOut = false;
                for (int i = 0; i < 20 && !timedOut; i++) {
                    Socket f = new Socket();
                    try {
                        f.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(f);
                    } catch (SocketTimeoutException e) {
                        timedOut = true;
                        f.close();
                    }
                }
                assertTrue(timedOut, "could not fill the listen backlog on this system");
                HttpConnectionException e = assertThrows(HttpConnectionException.class, () -> client.execute(
                        HttpRequest.builder().uri("http://127.0.0.1:" + full.getLocalPort() + "/").build()));
                assertEquals(HttpConnectionException.Kind.CONNECT_TIMEOUT, e.kind());
            } finally {
                for (Socket f : fillers) {
                    f.close();
                }
            }
        }
    }

    @Test
    void malformedStatusLinesAreReportedWithTheLine() throws Exception {
        try (RawServer s = new RawServer((socket, i) -> {
            RawServer.readHead(socket.getInputStream());
            RawServer.write(socket, "SSH-2.0-OpenSSH\r\n\r\n");
        })) {
            IOException e = assertThrows(IOException.class, () -> client.execute(get(s)));
            assertTrue(e.getMessage().contains("SSH-2.0-OpenSSH"), e.getMessage());
        }
    }
}
