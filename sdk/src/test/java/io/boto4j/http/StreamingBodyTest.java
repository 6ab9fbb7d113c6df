package io.boto4j.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.boto4j.exception.ChecksumError;
import io.boto4j.exception.IncompleteReadError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The caller-facing streaming body: reads, chunks, lines, the Content-Length check and the validator hook. */
class StreamingBodyTest {
    private static StreamingBody body(String text, Long length) {
        return new StreamingBody(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), length);
    }

    @Test
    void readsEverythingOnceAndThenNothing() {
        StreamingBody b = body("hello world", 11L);
        assertEquals("hello", new String(b.read(5), StandardCharsets.UTF_8));
        assertEquals(" world", b.readAllText());
        assertEquals(0, b.read(10).length);
        assertEquals(11, b.tell());
    }

    @Test
    void iteratesChunksOfTheRequestedSize() {
        List<String> chunks = new ArrayList<>();
        body("abcdefgh", null).iterChunks(3).forEachRemaining(c -> chunks.add(new String(c, StandardCharsets.UTF_8)));
        assertEquals(List.of("abc", "def", "gh"), chunks);
    }

    @Test
    void iteratesLinesAcrossChunkBoundariesAndLineEndings() {
        List<String> lines = new ArrayList<>();
        body("one\ntwo\r\nthree\rfour", null).iterLines(2)
                .forEachRemaining(l -> lines.add(new String(l, StandardCharsets.UTF_8)));
        assertEquals(List.of("one", "two", "three", "four"), lines);
    }

    @Test
    void raisesIncompleteReadWhenFewerBytesThanContentLengthArrive() {
        StreamingBody b = body("only twelve!", 20L);
        IncompleteReadError e = assertThrows(IncompleteReadError.class, b::readAllBytes);
        assertEquals(12, e.getActualBytes());
        assertEquals(20, e.getExpectedBytes());
    }

    @Test
    void raisesIncompleteReadWhenTheServerClosesEarly() throws Exception {
        // a server that announces 100 bytes, sends 40 and closes the connection
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[1024]);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n"
                            + "x".repeat(40)).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException ignored) {
                    // the client may already have given up
                }
            });
            t.start();
            try (Socket client = new Socket(server.getInetAddress(), server.getLocalPort())) {
                client.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = client.getInputStream();
                String head = readHead(in);
                assertTrue(head.contains("Content-Length: 100"));
                StreamingBody b = StreamingBody.of(new HttpResponse(200,
                        HttpHeaders.of(Map.of("Content-Length", "100")), in));
                IncompleteReadError e = assertThrows(IncompleteReadError.class, b::readAllBytes);
                assertEquals(40, e.getActualBytes());
            }
            t.join(5000);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (!sb.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    @Test
    void readsABodyServedByALocalHttpServer() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] payload = "line 1\nline 2\n".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, payload.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(payload);
            }
        });
        server.start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<InputStream> r = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream());
            long length = r.headers().firstValueAsLong("content-length").orElse(-1);
            try (StreamingBody b = new StreamingBody(r.body(), length)) {
                Iterator<byte[]> lines = b.iterLines();
                assertEquals("line 1", new String(lines.next(), StandardCharsets.UTF_8));
                assertEquals("line 2", new String(lines.next(), StandardCharsets.UTF_8));
                assertTrue(!lines.hasNext());
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void passesEveryByteToTheValidatorAndVerifiesAtTheEnd() {
        byte[] data = "checksummed content".getBytes(StandardCharsets.UTF_8);
        CRC32 expected = new CRC32();
        expected.update(data);
        CRC32 seen = new CRC32();
        StreamingBody.Validator crc = new StreamingBody.Validator() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                seen.update(bytes, offset, length);
            }

            @Override
            public void verify() {
                if (seen.getValue() != expected.getValue() + 1) {
                    throw new ChecksumError("CRC32 mismatch: expected " + (expected.getValue() + 1) + ", got " + seen.getValue());
                }
            }
        };
        StreamingBody b = new StreamingBody(new ByteArrayInputStream(data), (long) data.length).withValidator(crc);
        ChecksumError e = assertThrows(ChecksumError.class, b::readAllBytes);
        assertTrue(e.getMessage().contains("CRC32 mismatch"));
        assertEquals(expected.getValue(), seen.getValue());
    }

    @Test
    void closingReleasesTheStreamAndLaterReadsFail() {
        boolean[] closed = new boolean[1];
        StreamingBody b = new StreamingBody(new ByteArrayInputStream(new byte[10]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }, 10L);
        b.close();
        assertTrue(closed[0]);
        assertThrows(IOException.class, () -> b.read(new byte[4], 0, 4));
    }

    @Test
    void takesTheLengthFromTheResponseHeader() {
        StreamingBody b = StreamingBody.of(HttpResponse.of(200, HttpHeaders.of(Map.of("Content-Length", "3")),
                new byte[] {1, 2, 3}));
        assertEquals(3L, b.contentLength());
        assertArrayEquals(new byte[] {1, 2, 3}, b.readAllBytes());
    }
}
