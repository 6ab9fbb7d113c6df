package io.boto4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * A {@code boto4j.memory.gib} GiB object (CI 1; {@code -Pfull} 5) streamed through GetObject in a JVM limited to
 * {@code -Xmx256m}: every byte arrives (CRC32C computed by the server as it sends and by the client as it
 * reads) and the heap stays flat. The server generates the bytes; moto would hold the object in memory.
 */
class LargeObjectStreamingTest {
    private static final Pattern RESULT = Pattern.compile(
            "RESULT bytes=(\\d+) crc32c=([0-9a-f]+) heapSampledMaxMiB=(\\d+) heapPoolsPeakMiB=(\\d+)");

    @Test
    void aLargeObjectStreamsThroughGetObjectInA256MiBHeapWithEveryByteChecked() throws Exception {
        long size = Long.getLong("boto4j.memory.gib", 1) << 30;
        CRC32C sent = new CRC32C();
        long[] sentBytes = {0};
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            try (ex) {
                ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                ex.getResponseHeaders().add("ETag", "\"generated\"");
                ex.sendResponseHeaders(200, size);
                byte[] buf = new byte[256 * 1024];
                try (OutputStream out = ex.getResponseBody()) {
                    for (long off = 0; off < size; off += buf.length) {
                        int n = (int) Math.min(buf.length, size - off);
                        GeneratedObject.fill(off, buf, n);
                        sent.update(buf, 0, n);
                        out.write(buf, 0, n);
                        sentBytes[0] += n;
                    }
                }
            }
        });
        server.start();
        long start = System.nanoTime();
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), LargeDownloadMain.class.getName(),
                    "http://127.0.0.1:" + server.getAddress().getPort())).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "download did not finish");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, p.exitValue(), output);
            Matcher m = RESULT.matcher(output);
            assertTrue(m.find(), output);
            System.out.printf("%nmemory: %d MiB through GetObject in -Xmx256m in %.1f s (%.0f MiB/s); heap sampled max "
                    + "%s MiB, heap pools peak %s MiB; crc32c client %s server %s%n", size >> 20, seconds,
                    (size >> 20) / seconds, m.group(3), m.group(4), m.group(2), Long.toHexString(sent.getValue()));
            assertEquals(size, Long.parseLong(m.group(1)), "bytes the client read");
            assertEquals(size, sentBytes[0], "bytes the server sent");
            assertEquals(Long.toHexString(sent.getValue()), m.group(2), "CRC32C of the bytes");
            assertTrue(Long.parseLong(m.group(3)) < 128, "heap in use while streaming: " + m.group(3) + " MiB");
        } finally {
            server.stop(0);
        }
    }
}
