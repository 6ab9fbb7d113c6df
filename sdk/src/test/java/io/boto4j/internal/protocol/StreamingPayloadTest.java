package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streaming payloads (S3 PutObject's Body) from bytes, strings, streams and files; streams and files are not read into memory. */
class StreamingPayloadTest {
    private final ServiceModel s3 = BundledModels.model("s3");
    private final OperationModel putObject = s3.operationModel("PutObject");
    private final ProtocolSerializer serializer = Serializers.forModel(s3);

    @Test
    void sendsAFileAsTheBodyWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.bin");
        byte[] content = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(content);
        Files.write(file, content);
        SerializedRequest r = serializer.serialize(putObject, Map.of("Bucket", "b", "Key", "dir/a b.bin", "Body", file));
        assertNull(r.body().bytesIfBuffered());
        assertEquals(content.length, r.body().contentLength());
        try (InputStream in = r.body().newStream()) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals("/b/dir/a%20b.bin", r.path());
        assertFalse(r.headers().contains("Content-Type"), "S3 keeps its own default type for a streamed body");
    }

    @Test
    void handsACallersStreamToTheHttpLayerUnreadAndNeverClosesIt() throws java.io.IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        SerializedRequest r = serializer.serialize(putObject, Map.of("Bucket", "b", "Key", "k", "Body", in));
        assertEquals(-1, r.body().contentLength());
        try (InputStream sent = r.body().newStream()) {
            assertEquals("hello", new String(sent.readAllBytes(), StandardCharsets.UTF_8));
        }
        // each pass closes what it read; the caller's stream stays open for a rewind and is the caller's to close
        assertEquals(false, closed[0]);
    }

    @Test
    void encodesStringsAsUtf8AndKeepsBytesAsGiven() {
        SerializedRequest s = serializer.serialize(putObject, Map.of("Bucket", "b", "Key", "k", "Body", "héllo"));
        assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), s.body().bytesIfBuffered());
        byte[] bytes = {1, 2, 3};
        SerializedRequest b = serializer.serialize(putObject, Map.of("Bucket", "b", "Key", "k", "Body", bytes));
        assertSame(bytes, b.body().bytesIfBuffered());
    }
}
