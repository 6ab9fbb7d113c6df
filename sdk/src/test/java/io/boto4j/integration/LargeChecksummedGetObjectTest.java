package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.exception.ChecksumError;
import io.boto4j.http.DefaultHttpClient;
import io.boto4j.http.StreamingBody;
import io.boto4j.testsupport.FaultServer;
import io.boto4j.testsupport.FaultServer.Respond;
import io.boto4j.testsupport.FaultServer.Truncated;
import io.boto4j.testsupport.TestClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * GetObject of a body many times the connection's buffer, read as the benchmark reads it (1 MiB at a time,
 * straight from the socket into the caller's array) with response checksum validation on, against a local
 * server: the CRC32 is still checked over every byte, a cut body is still an error, and the connection of a
 * fully read body is still reused.
 */
class LargeChecksummedGetObjectTest {
    private static final int SIZE = 5 * 1024 * 1024 + 123;
    private static final byte[] OBJECT = random(SIZE);
    private static final String LAST_MODIFIED = "Wed, 02 Dec 2026 10:11:12 GMT";

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(11).nextBytes(b);
        return b;
    }

    private static String crc32(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        long v = crc.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }

    private static Respond object(String checksum) {
        return new Respond(200, Map.of("Content-Type", "application/octet-stream", "Last-Modified", LAST_MODIFIED,
                "x-amz-checksum-crc32", checksum, "x-amz-checksum-type", "FULL_OBJECT"), OBJECT);
    }

    private static Client s3(FaultServer server) {
        return TestClients.session("us-east-1").client("s3", ClientOptions.builder().endpointUrl(server.endpoint())
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build());
    }

    private static byte[] readInMebibytes(StreamingBody body) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream(SIZE);
        byte[] buf = new byte[1 << 20];
        for (int n; (n = body.read(buf, 0, buf.length)) >= 0; ) {
            all.write(buf, 0, n);
        }
        return all.toByteArray();
    }

    @Test
    void aWholeBodyReadInMebibytesPassesItsCrc32AndLeavesTheConnectionForTheNextCall() throws Exception {
        try (FaultServer server = new FaultServer(object(crc32(OBJECT)))) {
            Client s3 = s3(server);
            for (int call = 0; call < 2; call++) {
                Map<String, Object> out = s3.call("GetObject", Map.of("Bucket", "b", "Key", "big"));
                assertEquals(Instant.parse("2026-12-02T10:11:12Z"), out.get("LastModified"));
                try (StreamingBody body = (StreamingBody) out.get("Body")) {
                    assertArrayEquals(OBJECT, readInMebibytes(body));
                }
            }
            assertEquals("ENABLED", server.requests().get(1).header("x-amz-checksum-mode"));
            DefaultHttpClient http = (DefaultHttpClient) s3.httpClient();
            assertEquals(1, http.openConnections(), "connections opened for two whole bodies");
            assertEquals(1, http.idleConnections(), "the connection is back in the pool");
        }
    }

    @Test
    void aBodyThatDoesNotMatchItsCrc32FailsTheMebibyteReadThatReachesItsEnd() throws Exception {
        byte[] other = OBJECT.clone();
        other[SIZE / 2] ^= 1;
        try (FaultServer server = new FaultServer(object(crc32(other)))) {
            Map<String, Object> out = s3(server).call("GetObject", Map.of("Bucket", "b", "Key", "big"));
            try (StreamingBody body = (StreamingBody) out.get("Body")) {
                ChecksumError e = assertThrows(ChecksumError.class, () -> readInMebibytes(body));
                assertTrue(e.getMessage().startsWith("Expected checksum " + crc32(other)
                        + " did not match calculated checksum " + crc32(OBJECT)), e.getMessage());
            }
        }
    }

    @Test
    void aBodyCutShortIsAnErrorAndItsConnectionIsNotReused() throws Exception {
        try (FaultServer server = new FaultServer(new Truncated(object(crc32(OBJECT)), 3 * 1024 * 1024))) {
            Client s3 = s3(server);
            Map<String, Object> out = s3.call("GetObject", Map.of("Bucket", "b", "Key", "big"));
            try (StreamingBody body = (StreamingBody) out.get("Body")) {
                assertThrows(IOException.class, () -> readInMebibytes(body));
                assertTrue(body.tell() < SIZE, "read " + body.tell() + " of " + SIZE);
            }
            DefaultHttpClient http = (DefaultHttpClient) s3.httpClient();
            assertEquals(0, http.openConnections(), "the cut connection is closed");
            assertEquals(0, http.idleConnections());
        }
    }

    @Test
    void aBodyClosedAfterItsFirstMebibyteClosesItsConnectionInsteadOfPoolingIt() throws Exception {
        try (FaultServer server = new FaultServer(object(crc32(OBJECT)))) {
            Client s3 = s3(server);
            Map<String, Object> out = s3.call("GetObject", Map.of("Bucket", "b", "Key", "big"));
            try (StreamingBody body = (StreamingBody) out.get("Body")) {
                assertTrue(body.read(new byte[1 << 20]) > 0);
            }
            DefaultHttpClient http = (DefaultHttpClient) s3.httpClient();
            assertEquals(0, http.idleConnections(), "a connection with most of a body unread is not pooled");
            assertEquals(0, http.openConnections());
        }
    }
}
