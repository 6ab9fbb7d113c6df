package io.boto4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * A {@code boto4j.memory.gib} GiB object (CI 1; {@code -Pfull} 5) streamed each way, PutObject and GetObject, in a
 * JVM limited to {@code -Xmx256m}: every byte arrives (CRC32C computed by the server as it sends or receives, and
 * by the client side independently) and the heap stays far below the body. The server generates and checks the
 * bytes without holding them; moto would hold the object in memory.
 */
class LargeObjectStreamingTest {
    private static final long SIZE = Long.getLong("boto4j.memory.gib", 1) << 30;
    private static final long HEAP_BOUND_MIB = 128;
    private static final Pattern DOWNLOAD = Pattern.compile(
            "RESULT bytes=(\\d+) crc32c=([0-9a-f]+) heapSampledMaxMiB=(\\d+) heapPoolsPeakMiB=(\\d+)");
    private static final Pattern UPLOAD = Pattern.compile(
            "RESULT etag=(\\S+) streams=(\\d+) heapSampledMaxMiB=(\\d+) heapPoolsPeakMiB=(\\d+)");

    @Test
    void aLargeObjectStreamsThroughGetObjectInA256MiBHeapWithEveryByteChecked() throws Exception {
        CRC32C sent = new CRC32C();
        long[] sentBytes = {0};
        HttpHandler handler = ex -> {
            try (ex) {
                ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                ex.getResponseHeaders().add("ETag", "\"generated\"");
                ex.sendResponseHeaders(200, SIZE);
                byte[] buf = new byte[256 * 1024];
                try (OutputStream out = ex.getResponseBody()) {
                    for (long off = 0; off < SIZE; off += buf.length) {
                        int n = (int) Math.min(buf.length, SIZE - off);
                        GeneratedObject.fill(off, buf, n);
                        sent.update(buf, 0, n);
                        out.write(buf, 0, n);
                        sentBytes[0] += n;
                    }
                }
            }
        };
        long start = System.nanoTime();
        Matcher m = runChild(handler, DOWNLOAD, LargeDownloadMain.class);
        report("GetObject", start, m.group(3), m.group(4));
        assertEquals(SIZE, Long.parseLong(m.group(1)), "bytes the client read");
        assertEquals(SIZE, sentBytes[0], "bytes the server sent");
        assertEquals(Long.toHexString(sent.getValue()), m.group(2), "CRC32C of the bytes");
        assertHeapBounded(m.group(3), m.group(4));
    }

    @Test
    void aLargeObjectStreamsThroughPutObjectInA256MiBHeapAndTheServerReceivesExactlyItsBytes() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        List<String> methods = new ArrayList<>();
        HttpHandler handler = ex -> {
            try (ex) {
                methods.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
                CRC32C crc32c = new CRC32C();
                CRC32 crc32 = new CRC32();
                MessageDigest sha256 = sha256();
                long received = 0;
                byte[] buf = new byte[256 * 1024];
                try (InputStream in = ex.getRequestBody()) {
                    for (int n; (n = in.read(buf)) > 0; received += n) {
                        crc32c.update(buf, 0, n);
                        crc32.update(buf, 0, n);
                        sha256.update(buf, 0, n);
                    }
                }
                seen.put("received", Long.toString(received));
                seen.put("crc32c", Long.toHexString(crc32c.getValue()));
                seen.put("crc32", Base64.getEncoder().encodeToString(intBytes(crc32.getValue())));
                seen.put("sha256", HexFormat.of().formatHex(sha256.digest()));
                seen.put("content-length", String.valueOf(ex.getRequestHeaders().getFirst("Content-Length")));
                seen.put("x-amz-checksum-crc32", String.valueOf(ex.getRequestHeaders().getFirst("x-amz-checksum-crc32")));
                seen.put("x-amz-content-sha256", String.valueOf(ex.getRequestHeaders().getFirst("x-amz-content-sha256")));
                ex.getResponseHeaders().add("ETag", "\"uploaded\"");
                ex.sendResponseHeaders(200, -1);
            }
        };
        long start = System.nanoTime();
        Matcher m = runChild(handler, UPLOAD, LargeUploadMain.class, Long.toString(SIZE));
        report("PutObject", start, m.group(3), m.group(4));
        assertEquals(List.of("PUT /big/object"), methods, "requests the server received");
        assertEquals(Long.toString(SIZE), seen.get("content-length"), "Content-Length sent");
        assertEquals(Long.toString(SIZE), seen.get("received"), "bytes the server received");
        assertEquals(Long.toHexString(GeneratedObject.crc32c(SIZE)), seen.get("crc32c"), "CRC32C of the bytes received");
        // the checksum and payload hash boto4j computed in its own passes over the body match what arrived
        assertEquals(seen.get("crc32"), seen.get("x-amz-checksum-crc32"), "x-amz-checksum-crc32 sent");
        assertEquals(seen.get("sha256"), seen.get("x-amz-content-sha256"), "x-amz-content-sha256 sent");
        assertEquals("\"uploaded\"", m.group(1), "ETag the client parsed");
        assertHeapBounded(m.group(3), m.group(4));
    }

    /** Runs {@code main} in a -Xmx256m JVM against a loopback server with {@code handler}; its RESULT line. */
    private static Matcher runChild(HttpHandler handler, Pattern result, Class<?> main, String... args)
            throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), main.getName(),
                    "http://127.0.0.1:" + server.getAddress().getPort()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "child did not finish");
            assertEquals(0, p.exitValue(), output);
            Matcher m = result.matcher(output);
            assertTrue(m.find(), output);
            return m;
        } finally {
            server.stop(0);
        }
    }

    private static void report(String operation, long start, String sampledMiB, String peakMiB) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nmemory: %d MiB through %s in -Xmx256m in %.1f s (%.0f MiB/s); heap sampled max %s MiB, "
                + "heap pools peak %s MiB%n", SIZE >> 20, operation, seconds, (SIZE >> 20) / seconds, sampledMiB,
                peakMiB);
    }

    /** The heap in use while streaming, and the peak of all heap pools, stay far below the body's size. */
    private static void assertHeapBounded(String sampledMiB, String peakMiB) {
        assertTrue(Long.parseLong(sampledMiB) < HEAP_BOUND_MIB, "heap in use while streaming: " + sampledMiB + " MiB");
        assertTrue(Long.parseLong(peakMiB) < 256 && Long.parseLong(peakMiB) < (SIZE >> 20) / 4,
                "heap pools' peak: " + peakMiB + " MiB");
    }

    private static byte[] intBytes(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
