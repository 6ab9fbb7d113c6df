package io.boto4j.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.FaultServer;
import io.boto4j.testsupport.FaultServer.Respond;
import io.boto4j.testsupport.TestClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body that breaks off mid-object is resumed from the last byte written (Range + IfMatch), not restarted, up
 * to num_download_attempts; against a scripted server that cuts bodies short.
 */
class DownloadResumeTest {
    private static final byte[] OBJECT = new byte[1000];
    private static final String ETAG = "\"0123456789abcdef\"";

    static {
        new Random(9).nextBytes(OBJECT);
    }

    /** HEAD tells the size; each GET sends at most {@code cut} bytes of what was asked. */
    private static FaultServer server(int cut, AtomicInteger gets) throws IOException {
        return new FaultServer(new FaultServer.Dynamic(request -> {
            if (request.method().equals("HEAD")) {
                // the scripted server always sends a body of Content-Length bytes: close so the client drops it
                return new Respond(200, Map.of("ETag", ETAG, "Connection", "close"), OBJECT);
            }
            gets.incrementAndGet();
            String range = request.header("range");
            int from = range == null ? 0 : Integer.parseInt(range.substring(6, range.indexOf('-')));
            byte[] part = Arrays.copyOfRange(OBJECT, from, Math.min(OBJECT.length, from + cut));
            return range == null ? new Respond(200, Map.of("ETag", ETAG), part)
                    : new Respond(206, Map.of("ETag", ETAG, "Content-Range", "bytes " + from + "-"
                            + (from + part.length - 1) + "/" + OBJECT.length), part);
        }));
    }

    private static Client client(FaultServer server) {
        return TestClients.client("s3", "us-east-1", server.endpoint(),
                Config.builder().s3(Map.of("addressing_style", "path")).build());
    }

    @Test
    void aBodyThatBreaksOffIsResumedFromTheLastByteWritten(@TempDir Path dir) throws Exception {
        AtomicInteger gets = new AtomicInteger();
        try (FaultServer server = server(400, gets)) {
            TransferIntegrationTest.Meter meter = new TransferIntegrationTest.Meter(OBJECT.length);
            S3Transfers.of(client(server)).downloadFile("b", "k", dir.resolve("k"), Map.of(), meter,
                    TransferConfig.defaults());
            assertArrayEquals(OBJECT, Files.readAllBytes(dir.resolve("k")));
            meter.assertExactlyOnce();
            assertEquals(3, gets.get());
            List<FaultServer.Request> ranged = server.requests().stream()
                    .filter(r -> r.method().equals("GET")).toList();
            assertNull(ranged.get(0).header("range"));
            assertEquals("bytes=400-999", ranged.get(1).header("range"));
            assertEquals("bytes=800-999", ranged.get(2).header("range"));
            assertEquals(ETAG, ranged.get(2).header("if-match"));
        }
    }

    @Test
    void aBodyThatKeepsBreakingOffFailsAfterNumDownloadAttemptsAndLeavesNoFile(@TempDir Path dir) throws Exception {
        AtomicInteger gets = new AtomicInteger();
        try (FaultServer server = server(100, gets)) {
            assertThrows(RuntimeException.class, () -> S3Transfers.of(client(server)).downloadFile("b", "k",
                    dir.resolve("k"), Map.of(), null, TransferConfig.builder().numDownloadAttempts(3).build()));
            assertEquals(3, gets.get());
            assertFalse(Files.exists(dir.resolve("k")));
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count());
            }
        }
    }
}
