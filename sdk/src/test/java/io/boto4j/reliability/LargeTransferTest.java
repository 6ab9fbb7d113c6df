package io.boto4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code boto4j.memory.gib} GiB object (CI 1; {@code -Pfull} 5) through the managed transfers in a JVM limited to
 * {@code -Xmx256m}: {@code downloadFile} by parallel ranged GETs, then {@code uploadFile} of the same file by a
 * parallel multipart upload. The loopback server generates the object's bytes from their offsets and checks each
 * uploaded part against the generator as it arrives, so neither side holds the object (moto would).
 */
class LargeTransferTest {
    private static final long SIZE = Long.getLong("boto4j.memory.gib", 1) << 30;
    /**
     * What may survive a collection: the upload holds up to max_concurrency (10) parts of multipart_chunksize
     * (8 MiB) in memory, as boto3 does, plus the JVM's and the client's own ~20 MiB; a bound that does not grow with
     * the object.
     */
    private static final long LIVE_BOUND_MIB = 10 * 8 + 32;
    /**
     * Direct buffers are outside the heap limit, so nothing else bounds them: the parts are read and written in
     * io-sized pieces, never as one part-sized channel call (the JDK would copy each through a part-sized
     * temporary direct buffer and keep it per pool thread: 80 MiB per transfer manager).
     */
    private static final long DIRECT_BOUND_MIB = 16;
    private static final Pattern RESULT = Pattern.compile("RESULT fileBytes=(\\d+) downloadProgress=(\\d+) "
            + "uploadProgress=(\\d+) liveAfterGcMaxMiB=(\\d+) heapPoolsPeakMiB=(\\d+) directMaxMiB=(\\d+)");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    @TempDir
    Path dir;

    private final AtomicInteger rangedGets = new AtomicInteger();
    private final Map<Integer, long[]> parts = new ConcurrentHashMap<>(); // part number -> {size, mismatches}
    private final List<String> completed = new ArrayList<>();

    @Test
    void aLargeObjectIsDownloadedAndUploadedAgainByManagedTransfersInA256MiBHeapWithEveryByteChecked()
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
        Path file = dir.resolve("object.bin");
        long start = System.nanoTime();
        String output;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), LargeTransferMain.class.getName(),
                    "http://127.0.0.1:" + server.getAddress().getPort(), file.toString())
                    .redirectErrorStream(true).start();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(20, TimeUnit.MINUTES), "child did not finish");
            assertEquals(0, p.exitValue(), output);
        } finally {
            server.stop(0);
            pool.shutdownNow();
        }
        Matcher m = RESULT.matcher(output);
        assertTrue(m.find(), output);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nmemory: %d MiB downloadFile + uploadFile in -Xmx256m in %.1f s; live heap after GC max %s MiB,"
                + " heap pools peak %s MiB, direct buffers max %s MiB; %d ranged GETs, %d parts%n", SIZE >> 20, seconds, m.group(4), m.group(5),
                m.group(6), rangedGets.get(), parts.size());

        assertEquals(SIZE, Long.parseLong(m.group(1)), "size of the downloaded file");
        assertEquals(SIZE, Long.parseLong(m.group(2)), "download progress reported");
        assertEquals(SIZE, Long.parseLong(m.group(3)), "upload progress reported");
        assertEquals(GeneratedObject.crc32c(SIZE), fileCrc32c(file), "CRC32C of the downloaded file");
        assertTrue(rangedGets.get() > 1, "ranged GETs: " + rangedGets.get());
        long uploadedBytes = 0;
        for (int n = 1; n <= parts.size(); n++) {
            long[] part = parts.get(n);
            assertTrue(part != null, "part " + n + " of " + parts.size() + " arrived");
            assertEquals(0, part[1], "bytes of part " + n + " that differ from the object's");
            uploadedBytes += part[0];
        }
        assertEquals(SIZE, uploadedBytes, "bytes uploaded over all parts");
        assertEquals(List.of("complete " + parts.size()), completed, "CompleteMultipartUpload calls");
        assertTrue(Long.parseLong(m.group(4)) < LIVE_BOUND_MIB, "heap live after GC while transferring: " + m.group(4) + " MiB");
        assertTrue(Long.parseLong(m.group(6)) < DIRECT_BOUND_MIB, "direct buffers while transferring: "
                + m.group(6) + " MiB");
        assertTrue(Long.parseLong(m.group(5)) < 256 && Long.parseLong(m.group(5)) < (SIZE >> 20) / 4,
                "heap pools' peak: " + m.group(5) + " MiB");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
            Map<String, String> q = new TreeMap<>();
            for (String kv : query.split("&")) {
                int eq = kv.indexOf('=');
                q.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
            }
            ex.getResponseHeaders().add("ETag", "\"generated\"");
            switch (method) {
                case "HEAD" -> {
                    ex.getResponseHeaders().add("Content-Length", Long.toString(SIZE));
                    ex.sendResponseHeaders(200, -1);
                }
                case "GET" -> serveRange(ex);
                case "POST" -> {
                    String xml = q.containsKey("uploads")
                            ? "<InitiateMultipartUploadResult><Bucket>big</Bucket><Key>copy</Key>"
                              + "<UploadId>upload-1</UploadId></InitiateMultipartUploadResult>"
                            : "<CompleteMultipartUploadResult><Bucket>big</Bucket><Key>copy</Key>"
                              + "<ETag>\"done\"</ETag></CompleteMultipartUploadResult>";
                    byte[] request = ex.getRequestBody().readAllBytes();
                    if (!q.containsKey("uploads")) {
                        synchronized (completed) {
                            completed.add("complete " + (new String(request, StandardCharsets.UTF_8)
                                    .split("<PartNumber>", -1).length - 1));
                        }
                    }
                    byte[] body = xml.getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(200, body.length);
                    ex.getResponseBody().write(body);
                }
                case "PUT" -> receivePart(ex, Integer.parseInt(q.get("partNumber")));
                default -> ex.sendResponseHeaders(405, -1);
            }
        }
    }

    private void serveRange(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        long from = 0;
        long to = SIZE - 1;
        if (range != null) {
            Matcher r = RANGE.matcher(range);
            assertTrue(r.matches(), range);
            from = Long.parseLong(r.group(1));
            to = Math.min(SIZE - 1, Long.parseLong(r.group(2)));
            rangedGets.incrementAndGet();
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + SIZE);
        }
        long length = to - from + 1;
        ex.sendResponseHeaders(range == null ? 200 : 206, length);
        byte[] buf = new byte[256 * 1024];
        try (OutputStream out = ex.getResponseBody()) {
            for (long off = from; off <= to; ) {
                long aligned = off & ~7L; // the generator works on 8-byte words
                int skip = (int) (off - aligned);
                int n = (int) Math.min(buf.length - 8, to + 1 - off);
                GeneratedObject.fill(aligned, buf, n + skip);
                out.write(buf, skip, n);
                off += n;
            }
        }
    }

    /** Reads one part and counts its bytes that differ from the object's at the part's offset (parts are equal-sized). */
    private void receivePart(HttpExchange ex, int partNumber) throws IOException {
        long size = Long.parseLong(ex.getRequestHeaders().getFirst("Content-Length"));
        long chunk = 8L << 20; // boto3's default multipart_chunksize
        long offset = (partNumber - 1) * chunk;
        byte[] got = new byte[256 * 1024];
        byte[] want = new byte[got.length];
        long mismatches = 0;
        long read = 0;
        try (InputStream in = ex.getRequestBody()) {
            for (int n; (n = in.readNBytes(got, 0, got.length)) > 0; read += n) {
                GeneratedObject.fill(offset + read, want, n);
                for (int i = 0; i < n; i++) {
                    if (got[i] != want[i]) {
                        mismatches++;
                    }
                }
            }
        }
        parts.put(partNumber, new long[] {read, mismatches + (read == size ? 0 : 1)});
        ex.getResponseHeaders().set("ETag", "\"part-" + partNumber + "\"");
        ex.sendResponseHeaders(200, -1);
    }

    private static long fileCrc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }
}
