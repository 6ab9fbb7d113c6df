package io.boto4j.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.checksums.AwsChunkedInputStream;
import io.boto4j.internal.checksums.ChecksumAlgorithm;
import io.boto4j.testsupport.MotoServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default client against moto's S3 (a real AWS-compatible server, path-style, unsigned requests which moto
 * accepts; objects are public-read so unsigned GETs may read them): 100-continue uploads, streamed downloads, and an aws-chunked upload with a trailing checksum that
 * moto decodes and checks.
 */
class DefaultHttpClientMotoTest {
    private static MotoServer moto;
    private static DefaultHttpClient client;
    private static final String BUCKET = "boto4j-http-test";

    @BeforeAll
    static void createBucket() throws IOException {
        moto = MotoServer.shared();
        client = new DefaultHttpClient(HttpClientSettings.builder().proxies(Map.of()).build());
        try (HttpResponse r = client.execute(HttpRequest.builder().method("PUT")
                .uri(moto.endpoint() + "/" + BUCKET).build())) {
            assertEquals(200, r.statusCode(), new String(r.bodyBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static byte[] get(String key) throws IOException {
        try (HttpResponse r = client.execute(HttpRequest.builder().uri(moto.endpoint() + "/" + BUCKET + "/" + key)
                .build())) {
            assertEquals(200, r.statusCode());
            return r.body().readAllBytes();
        }
    }

    @Test
    void largeUploadWithExpectContinueRoundTrips() throws IOException {
        byte[] data = new byte[3 * 1024 * 1024 + 5];
        new Random(11).nextBytes(data);
        try (HttpResponse r = client.execute(HttpRequest.builder().method("PUT")
                .uri(moto.endpoint() + "/" + BUCKET + "/big-object").header("Expect", "100-continue")
                .header("x-amz-acl", "public-read")
                .body(RequestBody.ofBytes(data)).build())) {
            assertEquals(200, r.statusCode(), new String(r.bodyBytes(), StandardCharsets.UTF_8));
            assertTrue(r.headers().contains("ETag"));
        }
        assertArrayEquals(data, get("big-object"));
    }

    @Test
    void awsChunkedUploadWithTrailingChecksumIsAcceptedAndDecoded() throws IOException {
        byte[] data = new byte[200_000];
        new Random(12).nextBytes(data);
        ChecksumAlgorithm crc = ChecksumAlgorithm.CRC32;
        HttpRequest.Builder b = HttpRequest.builder().method("PUT")
                .uri(moto.endpoint() + "/" + BUCKET + "/chunked-object")
                .header("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER")
                .header("x-amz-sdk-checksum-algorithm", "CRC32").header("x-amz-acl", "public-read");
        AwsChunkedInputStream.requestHeaders(crc, data.length).forEach(b::header);
        // botocore's framing: aws-chunked inside HTTP chunked transfer coding (length unknown to the client)
        b.body(RequestBody.ofInputStream(new AwsChunkedInputStream(new ByteArrayInputStream(data), crc, 64 * 1024),
                -1));
        try (HttpResponse r = client.execute(b.build())) {
            assertEquals(200, r.statusCode(), new String(r.bodyBytes(), StandardCharsets.UTF_8));
            assertEquals(crc.base64Of(data), r.headers().first("x-amz-checksum-crc32"));
        }
        assertArrayEquals(data, get("chunked-object"));
    }

    @Test
    void downloadsStreamWithoutBuffering() throws IOException {
        byte[] data = new byte[1024 * 1024];
        new Random(13).nextBytes(data);
        try (HttpResponse r = client.execute(HttpRequest.builder().method("PUT")
                .uri(moto.endpoint() + "/" + BUCKET + "/stream-object").header("x-amz-acl", "public-read")
                .body(RequestBody.ofBytes(data)).build())) {
            assertEquals(200, r.statusCode());
        }
        try (HttpResponse r = client.execute(HttpRequest.builder()
                .uri(moto.endpoint() + "/" + BUCKET + "/stream-object").build())) {
            InputStream in = r.body();
            byte[] first = in.readNBytes(1000);
            assertArrayEquals(java.util.Arrays.copyOf(data, 1000), first);
            byte[] rest = in.readAllBytes();
            assertEquals(data.length - 1000, rest.length);
        }
    }
}
