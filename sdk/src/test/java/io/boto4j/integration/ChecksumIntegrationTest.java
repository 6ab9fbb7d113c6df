package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.testsupport.TestClients;
import io.boto4j.exception.ChecksumError;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.StreamingBody;
import io.boto4j.testsupport.FaultServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** Flexible checksums end to end: sent on uploads, asked for and checked on downloads. */
class ChecksumIntegrationTest extends MotoTest {
    private static final Config PATH_STYLE = Config.builder().s3(Map.of("addressing_style", "path")).build();

    private static String crc32(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        long v = crc.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }

    @Test
    void uploadsCarryACrc32AndDownloadsAskForAndVerifyIt() throws Exception {
        Client s3 = client("s3", PATH_STYLE);
        List<HttpRequest> sent = new ArrayList<>();
        s3.meta().events().register("before-send.s3", event -> {
            sent.add(event.request().build());
            return null;
        });
        String bucket = unique("crc");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        byte[] data = "checked bytes".getBytes(StandardCharsets.UTF_8);
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", data));
        assertEquals(crc32(data), sent.get(1).headers().first("x-amz-checksum-crc32"));

        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "k"));
        assertEquals("ENABLED", sent.get(2).headers().first("x-amz-checksum-mode"));
        try (StreamingBody body = (StreamingBody) got.get("Body")) {
            assertEquals("checked bytes", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDownloadWhoseChecksumDoesNotMatchRaisesInsteadOfReturningTheData() throws Exception {
        byte[] data = "the real object".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("Content-Type", "application/octet-stream",
                "x-amz-checksum-crc32", crc32("another object".getBytes(StandardCharsets.UTF_8)));
        try (FaultServer server = new FaultServer(new FaultServer.Respond(200, headers, data))) {
            Session session = TestClients.session("us-east-1");
            Client s3 = session.client("s3", ClientOptions.builder().endpointUrl(server.endpoint()).config(PATH_STYLE).build());
            Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", "b", "Key", "k"));
            try (StreamingBody body = (StreamingBody) got.get("Body")) {
                ChecksumError e = assertThrows(ChecksumError.class, body::readAllBytes);
                assertTrue(e.getMessage().contains("crc32"), e.getMessage());
            }
        }
    }
}
