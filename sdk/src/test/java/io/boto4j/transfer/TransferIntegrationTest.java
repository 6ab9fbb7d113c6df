package io.boto4j.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.TestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managed transfers against a real moto server. */
class TransferIntegrationTest {
    static final long MIB = 1024 * 1024;
    static String bucket;
    static Client s3;

    @BeforeAll
    static void createBucket() {
        s3 = newClient();
        bucket = TestClients.unique("transfers");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
    }

    static Client newClient() {
        return TestClients.client("s3", "us-east-1", MotoServer.shared().endpoint(),
                Config.builder().s3(Map.of("addressing_style", "path")).build());
    }

    /** Counts progress and how many times the running total equalled the size (must be once, at the end). */
    static final class Meter implements ProgressListener {
        final long size;
        final AtomicLong sum = new AtomicLong();
        final AtomicInteger reachedTotal = new AtomicInteger();
        final AtomicInteger overshoots = new AtomicInteger();

        Meter(long size) {
            this.size = size;
        }

        @Override
        public void bytesTransferred(long bytes) {
            long now = sum.addAndGet(bytes);
            if (now == size) {
                reachedTotal.incrementAndGet();
            } else if (now > size) {
                overshoots.incrementAndGet();
            }
        }

        void assertExactlyOnce() {
            assertEquals(size, sum.get());
            assertEquals(1, reachedTotal.get(), "the total must be reached exactly once");
            assertEquals(0, overshoots.get());
        }
    }

    static Path randomFile(Path dir, String name, long size, long seed) throws IOException {
        Path file = dir.resolve(name);
        byte[] block = new byte[(int) Math.min(size, MIB)];
        Random random = new Random(seed);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; ) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                written += n;
            }
        }
        return file;
    }

    static byte[] sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }

    @Test
    void uploadsAndDownloadsA200MibFileInParallelPartsWithExactProgressAndEqualChecksums(@TempDir Path dir)
            throws Exception {
        long size = 200 * MIB;
        Path source = randomFile(dir, "big.bin", size, 1);
        TransferConfig config = TransferConfig.builder().multipartChunksize(16 * MIB).build();
        Meter up = new Meter(size);
        S3Transfers.of(s3).uploadFile(bucket, "big.bin", source, Map.of(), up, config);
        up.assertExactlyOnce();

        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "big.bin",
                "ChecksumMode", "ENABLED"));
        assertEquals(size, ((Number) head.get("ContentLength")).longValue());
        assertTrue(((String) head.get("ETag")).endsWith("-13\""), "13 parts of 16 MiB: " + head.get("ETag"));
        assertNotNull(head.get("ChecksumCRC32"), "boto3 1.43 uploads with CRC32 by default: " + head);

        Path target = dir.resolve("copy-of-big.bin");
        Meter down = new Meter(size);
        S3Transfers.of(s3).downloadFile(bucket, "big.bin", target, Map.of(), down, config);
        down.assertExactlyOnce();
        assertArrayEquals(sha256(source), sha256(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left beside the destination");
        }
    }

    @Test
    void aPartFailingMidUploadAbortsTheMultipartUpload(@TempDir Path dir) throws Exception {
        Client failing = newClient();
        Set<Object> parts = ConcurrentHashMap.newKeySet();
        failing.meta().events().register("before-parameter-build.s3.UploadPart", (event, kwargs) -> {
            Map<?, ?> params = (Map<?, ?>) kwargs.get("params");
            parts.add(params.get("PartNumber"));
            if (Integer.valueOf(3).equals(params.get("PartNumber"))) {
                throw new IllegalStateException("injected failure of part 3");
            }
            return null;
        });
        Path source = randomFile(dir, "doomed.bin", 40 * MIB, 2);
        TransferFailedException e = assertThrows(TransferFailedException.class, () -> S3Transfers.of(failing)
                .uploadFile(bucket, "doomed.bin", source, Map.of(), null, TransferConfig.builder()
                        .multipartChunksize(5 * MIB).build()));
        assertTrue(e.getMessage().contains("injected failure of part 3"), e.getMessage());
        // parts go up in parallel: once part 3 fails the others may be cancelled before they start, so only part 3
        // is sure to have been tried
        assertTrue(parts.contains(3), "part 3 was tried: " + parts);

        Map<String, Object> uploads = s3.call("ListMultipartUploads", Map.of("Bucket", bucket, "Prefix", "doomed"));
        assertEquals(List.of(), uploads.getOrDefault("Uploads", List.of()), "the multipart upload is aborted");
        assertThrows(io.boto4j.exception.ClientError.class,
                () -> s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "doomed.bin")));
    }

    @Test
    void aRangeFailingMidDownloadLeavesNoFile(@TempDir Path dir) throws Exception {
        Path source = randomFile(dir, "src.bin", 30 * MIB, 3);
        TransferConfig config = TransferConfig.builder().multipartChunksize(5 * MIB).build();
        S3Transfers.of(s3).uploadFile(bucket, "fragile.bin", source, Map.of(), null, config);
        Client failing = newClient();
        failing.meta().events().register("before-parameter-build.s3.GetObject", (event, kwargs) -> {
            Map<?, ?> params = (Map<?, ?>) kwargs.get("params");
            if (String.valueOf(params.get("Range")).startsWith("bytes=" + 15 * MIB + "-")) {
                throw new IllegalStateException("injected failure of the fourth range");
            }
            return null;
        });
        Path out = Files.createDirectory(dir.resolve("out"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> S3Transfers.of(failing)
                .downloadFile(bucket, "fragile.bin", out.resolve("fragile.bin"), Map.of(), null, config));
        assertTrue(e.getMessage().contains("injected"), e.getMessage());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "neither the destination nor a temporary file remains");
        }
    }

    @Test
    void aCancelledDownloadLeavesNoFileAndAnExistingDestinationUntouched(@TempDir Path dir) throws Exception {
        Path source = randomFile(dir, "src.bin", 40 * MIB, 4);
        TransferConfig config = TransferConfig.builder().multipartChunksize(5 * MIB).maxConcurrency(2).build();
        S3Transfers.of(s3).uploadFile(bucket, "cancel.bin", source, Map.of(), null, config);
        Path out = Files.createDirectory(dir.resolve("out"));
        Path destination = Files.writeString(out.resolve("cancel.bin"), "previous contents");
        AtomicReference<TransferHandle> handle = new AtomicReference<>();
        try (TransferManager tm = TransferManager.of(s3, config)) {
            TransferHandle h = tm.download(bucket, "cancel.bin", destination, Map.of(), bytes -> {
                TransferHandle self = handle.get();
                if (self != null && self.bytesTransferred() > 6 * MIB) {
                    self.cancel();
                }
            });
            handle.set(h);
            CompletionException done = assertThrows(CompletionException.class, () -> h.future().join());
            assertInstanceOf(CancellationException.class, done.getCause());
            assertTrue(h.bytesTransferred() < 40 * MIB);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(destination), files.toList());
        }
        assertEquals("previous contents", Files.readString(destination));
    }

    @Test
    void copiesAcrossBucketsSinglyAndInParts(@TempDir Path dir) throws Exception {
        String other = TestClients.unique("transfers-copy");
        s3.call("CreateBucket", Map.of("Bucket", other));
        TransferConfig config = TransferConfig.builder().multipartThreshold(5 * MIB).multipartChunksize(5 * MIB).build();
        Path big = randomFile(dir, "big.bin", 12 * MIB, 5);
        Path small = randomFile(dir, "small.bin", 1000, 6);
        S3Transfers transfers = S3Transfers.of(s3);
        transfers.uploadFile(bucket, "copy/big.bin", big, Map.of(), null, config);
        transfers.uploadFile(bucket, "copy/small.bin", small, Map.of(), null, config);

        Meter meter = new Meter(12 * MIB);
        transfers.copy(Map.of("Bucket", bucket, "Key", "copy/big.bin"), other, "big-copy.bin",
                Map.of("ContentType", "application/x-test"), meter, null, config);
        meter.assertExactlyOnce();
        transfers.copy(Map.of("Bucket", bucket, "Key", "copy/small.bin"), other, "small-copy.bin");

        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", other, "Key", "big-copy.bin"));
        assertTrue(((String) head.get("ETag")).endsWith("-3\""), String.valueOf(head.get("ETag")));
        assertEquals("application/x-test", head.get("ContentType"));
        transfers.downloadFile(other, "big-copy.bin", dir.resolve("big.out"));
        transfers.downloadFile(other, "small-copy.bin", dir.resolve("small.out"));
        assertArrayEquals(sha256(big), sha256(dir.resolve("big.out")));
        assertArrayEquals(sha256(small), sha256(dir.resolve("small.out")));
    }

    @Test
    void aDirectoryOf500SmallFilesGoesUpAndComesBack(@TempDir Path dir) throws Exception {
        Path local = Files.createDirectory(dir.resolve("local"));
        for (int i = 0; i < 500; i++) {
            Path file = local.resolve("d" + (i % 7)).resolve("sub" + (i % 3)).resolve("f" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "file number " + i + "\n".repeat(i % 5));
        }
        try (TransferManager tm = TransferManager.of(s3)) {
            TransferManager.DirectoryTransfer up = tm.uploadDirectory(local, bucket, "tree/", Map.of());
            assertTrue(up.succeeded(), String.valueOf(up.failures()));
            assertEquals(500, up.transferred().size());
            assertTrue(up.transferred().contains("tree/d3/sub1/f10.txt"));

            Path back = dir.resolve("back");
            TransferManager.DirectoryTransfer down = tm.downloadDirectory(bucket, "tree/", back, Map.of());
            assertTrue(down.succeeded(), String.valueOf(down.failures()));
            assertEquals(500, down.transferred().size());
            for (int i = 0; i < 500; i++) {
                Path relative = Path.of("d" + (i % 7), "sub" + (i % 3), "f" + i + ".txt");
                assertEquals(Files.readString(local.resolve(relative)), Files.readString(back.resolve(relative)));
            }
        }
    }

    @Test
    void streamsUpAndDownInPartsWithExtraArgsApplied() throws Exception {
        byte[] data = new byte[(int) (21 * MIB + 123)];
        new Random(7).nextBytes(data);
        TransferConfig config = TransferConfig.builder().multipartChunksize(5 * MIB).build();
        Meter up = new Meter(data.length);
        S3Transfers.of(s3).uploadFileobj(new ByteArrayInputStream(data), bucket, "stream.bin",
                Map.of("ContentType", "application/octet-stream", "Metadata", Map.of("origin", "test")), up, config);
        up.assertExactlyOnce();
        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "stream.bin"));
        assertEquals(Map.of("origin", "test"), head.get("Metadata"));
        assertTrue(((String) head.get("ETag")).endsWith("-5\""), String.valueOf(head.get("ETag")));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Meter down = new Meter(data.length);
        S3Transfers.of(s3).downloadFileobj(bucket, "stream.bin", out, Map.of(), down, config);
        down.assertExactlyOnce();
        assertArrayEquals(data, out.toByteArray());

        ByteArrayOutputStream small = new ByteArrayOutputStream();
        S3Transfers.of(s3).uploadFileobj(new ByteArrayInputStream("tiny".getBytes()), bucket, "tiny.txt");
        S3Transfers.of(s3).downloadFileobj(bucket, "tiny.txt", small);
        assertEquals("tiny", small.toString());
    }

    @Test
    void withoutThreadsTransfersRunOnTheCallersThread(@TempDir Path dir) throws Exception {
        Path source = randomFile(dir, "serial.bin", 11 * MIB, 8);
        TransferConfig config = TransferConfig.builder().useThreads(false).multipartChunksize(5 * MIB).build();
        String caller = Thread.currentThread().getName();
        AtomicReference<String> progressThread = new AtomicReference<>();
        S3Transfers.of(s3).uploadFile(bucket, "serial.bin", source, Map.of(), b -> progressThread.set(
                Thread.currentThread().getName()), config);
        assertEquals(caller, progressThread.get());
        S3Transfers.of(s3).downloadFile(bucket, "serial.bin", dir.resolve("serial.out"), Map.of(), null, config);
        assertArrayEquals(sha256(source), sha256(dir.resolve("serial.out")));
    }

    @Test
    void extraArgsOutsideBoto3sAllowedListsAreRefusedWithASuggestion(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> S3Transfers.of(s3).uploadFile(bucket, "x", file, Map.of("ContentTyp", "text/plain"), null,
                        TransferConfig.defaults()));
        assertTrue(e.getMessage().startsWith("Invalid extra_args key 'ContentTyp' (did you mean 'ContentType'?)"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> S3Transfers.of(s3).downloadFile(bucket, "x",
                dir.resolve("y"), Map.of("ContentType", "text/plain"), null, TransferConfig.defaults()));
        assertFalse(Files.exists(dir.resolve("y")));
        assertThrows(IllegalArgumentException.class, () -> TransferConfig.fromMap(Map.of("max_concurency", 3)));
        assertEquals(3, TransferConfig.fromMap(Map.of("max_concurrency", 3)).maxConcurrency());
    }
}
