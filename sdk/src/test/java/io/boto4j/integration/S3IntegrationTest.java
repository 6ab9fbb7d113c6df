package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.exception.ClientError;
import io.boto4j.http.StreamingBody;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class S3IntegrationTest extends MotoTest {
    static Client s3;
    static String bucket;

    @BeforeAll
    static void createBucket() {
        s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        bucket = unique("bucket");
        Map<String, Object> created = s3.call("CreateBucket", Map.of("Bucket", bucket));
        assertEquals(200, map(created.get("ResponseMetadata")).get("HTTPStatusCode"));
    }

    @Test
    void putsGetsListsAndDeletesAnObject() throws Exception {
        Map<String, Object> put = s3.call("PutObject", Map.of("Bucket", bucket, "Key", "dir/hello.txt",
                "Body", "hello world", "ContentType", "text/plain", "Metadata", Map.of("owner", "me")));
        assertEquals("\"5eb63bbbe01eeed093cb22bb8f5acdc3\"", put.get("ETag"));

        Map<String, Object> got = s3.call("get_object", Map.of("Bucket", bucket, "Key", "dir/hello.txt"));
        try (StreamingBody body = (StreamingBody) got.get("Body")) {
            assertEquals("hello world", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("text/plain", got.get("ContentType"));
        assertEquals(11L, ((Number) got.get("ContentLength")).longValue());
        assertEquals(Map.of("owner", "me"), got.get("Metadata"));

        Map<String, Object> listed = s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "dir/"));
        List<Map<String, Object>> contents = list(listed.get("Contents"));
        assertEquals(List.of("dir/hello.txt"), contents.stream().map(c -> c.get("Key")).toList());

        s3.call("DeleteObject", Map.of("Bucket", bucket, "Key", "dir/hello.txt"));
        ClientError missing = assertThrows(ClientError.class,
                () -> s3.call("GetObject", Map.of("Bucket", bucket, "Key", "dir/hello.txt")));
        assertTrue(missing.is("NoSuchKey"), missing.getMessage());
        assertEquals(404, missing.getHttpStatusCode());
    }

    @Test
    void streamsA64MibObjectUpAndDownWithoutBufferingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.bin");
        byte[] block = new byte[1 << 20];
        new Random(42).nextBytes(block);
        MessageDigest sent = MessageDigest.getInstance("MD5");
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 64; i++) {
                block[0] = (byte) i;
                out.write(block);
                sent.update(block);
            }
        }
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "big.bin", "Body", file));

        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "big.bin"));
        MessageDigest received = MessageDigest.getInstance("MD5");
        long total = 0;
        try (InputStream in = (StreamingBody) got.get("Body")) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                received.update(buf, 0, n);
                total += n;
            }
        }
        assertEquals(64L << 20, total);
        assertArrayEquals(sent.digest(), received.digest());
    }

    @Test
    void completesAMultipartUpload() {
        String key = "multi.bin";
        Map<String, Object> created = s3.call("CreateMultipartUpload", Map.of("Bucket", bucket, "Key", key));
        String uploadId = (String) created.get("UploadId");
        assertNotNull(uploadId);
        byte[] part = new byte[5 * 1024 * 1024];
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            part[0] = (byte) n;
            Map<String, Object> uploaded = s3.call("UploadPart", Map.of("Bucket", bucket, "Key", key,
                    "UploadId", uploadId, "PartNumber", n, "Body", part.clone()));
            parts.add(Map.of("PartNumber", n, "ETag", uploaded.get("ETag")));
        }
        Map<String, Object> done = s3.call("CompleteMultipartUpload", Map.of("Bucket", bucket, "Key", key,
                "UploadId", uploadId, "MultipartUpload", Map.of("Parts", parts)));
        assertTrue(((String) done.get("ETag")).endsWith("-2\""), String.valueOf(done.get("ETag")));

        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", key));
        assertEquals(10L * 1024 * 1024, ((Number) head.get("ContentLength")).longValue());
    }

    @Test
    void deletesSeveralObjectsInOneCall() {
        for (String k : List.of("a", "b", "c")) {
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", "batch/" + k, "Body", k.getBytes()));
        }
        Map<String, Object> deleted = s3.call("DeleteObjects", Map.of("Bucket", bucket, "Delete",
                Map.of("Objects", List.of(Map.of("Key", "batch/a"), Map.of("Key", "batch/b"), Map.of("Key", "batch/c")))));
        assertEquals(3, list(deleted.get("Deleted")).size());
        Map<String, Object> listed = s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "batch/"));
        assertEquals(0, ((Number) listed.get("KeyCount")).intValue());
    }

    @Test
    void listsBucketsIncludingTheOneCreated() {
        Map<String, Object> out = s3.call("ListBuckets", Map.of());
        assertTrue(list(out.get("Buckets")).stream().anyMatch(b -> bucket.equals(b.get("Name"))));
        assertNotNull(map(out.get("Owner")).get("ID"));
    }

    static String md5Hex(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    }
}
