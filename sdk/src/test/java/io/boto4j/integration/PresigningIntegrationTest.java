package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.internal.customizations.s3.PresignedPost;
import io.boto4j.testsupport.Python;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The client's presigned URLs and POST forms, used with a plain HTTP client against moto. */
class PresigningIntegrationTest extends MotoTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aPresignedGetUrlDownloadsTheObjectWithoutCredentials() throws Exception {
        Client s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        String bucket = unique("presign");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "dir/file name.txt", "Body", "presigned!"));
        String url = s3.generatePresignedUrl("get_object", Map.of("Bucket", bucket, "Key", "dir/file name.txt"), 300, null);
        assertTrue(url.contains("X-Amz-Signature="), url);
        assertTrue(url.contains("X-Amz-Expires=300"), url);
        HttpResponse<String> got = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, got.statusCode(), got.body());
        assertEquals("presigned!", got.body());
    }

    @Test
    void aPresignedGetSignsOnlyTheHostAsBotocoresS3v4PresignDoes() {
        // a browser following the link sends no x-amz-checksum-mode: signing it would break the link on S3
        Client s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        String url = s3.generatePresignedUrl("get_object", Map.of("Bucket", "b", "Key", "k"), 300, null);
        assertTrue(url.contains("X-Amz-SignedHeaders=host&"), url);
        String oracle = Python.run("""
                import boto3
                from botocore.config import Config
                s3 = boto3.client('s3', region_name='us-east-1', aws_access_key_id='a', aws_secret_access_key='b',
                    endpoint_url='http://127.0.0.1:9', config=Config(signature_version='s3v4'))
                url = s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': 'k'}, ExpiresIn=300)
                print(url.split('X-Amz-SignedHeaders=')[1].split('&')[0])
                """, "", Map.of("AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null")).trim();
        assertEquals("host", oracle);
    }

    @Test
    void presigningFiresTheEventsBotocoreFiresInTheSameOrder() {
        String oracle = Python.run("""
                import sys, botocore.session
                s = botocore.session.get_session()
                for service, op, params in (('s3', 'get_object', {'Bucket': 'b', 'Key': 'k'}), ('sts', 'get_caller_identity', {})):
                    c = s.create_client(service, region_name='us-east-1', aws_access_key_id='a',
                                        aws_secret_access_key='b')
                    seen = []
                    c.meta.events.register('*', lambda event_name, **kw: seen.append(event_name))
                    c.generate_presigned_url(op, Params=params)
                    print(' '.join(seen))
                """, "");
        List<String> expected = oracle.lines().toList();
        assertEquals(List.of(events("s3", "get_object", Map.of("Bucket", "b", "Key", "k")),
                events("sts", "get_caller_identity", Map.of())), expected);
        assertTrue(expected.get(0).startsWith("provide-client-params.s3.GetObject"), expected.get(0));
    }

    /** The events a presign fires, among every event the call path can fire. */
    private static String events(String service, String operation, Map<String, Object> params) {
        Client c = client(service);
        List<String> seen = new ArrayList<>();
        for (String event : List.of("provide-client-params", "before-parameter-build", "before-endpoint-resolution",
                "before-call", "request-created", "choose-signer", "before-sign", "before-send", "before-parse",
                "needs-retry", "response-received", "after-call", "after-call-error")) {
            c.meta().events().register(event, (name, kwargs) -> {
                seen.add(name);
                return null;
            });
        }
        c.generatePresignedUrl(operation, params, 60, null);
        return String.join(" ", seen);
    }

    @Test
    void aPresignedPostUploadsAnObjectThroughAMultipartForm() throws Exception {
        Client s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        String bucket = unique("post");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        Map<String, Object> post = s3.extension(PresignedPost.class).generatePresignedPost(bucket, "uploads/form.txt", null,
                List.of(List.of("content-length-range", 1, 1024)), 300);
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>) post.get("fields");
        assertTrue(fields.containsKey("policy") && fields.containsKey("x-amz-signature"), fields.keySet().toString());

        String boundary = "----boto4j" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.txt\"\r\n")
                .append("Content-Type: text/plain\r\n\r\nuploaded by form\r\n--").append(boundary).append("--\r\n");
        HttpResponse<String> sent = HTTP.send(HttpRequest.newBuilder(URI.create((String) post.get("url")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(sent.statusCode() < 300, sent.statusCode() + " " + sent.body());
        Map<String, Object> head = s3.call("HeadObject", Map.of("Bucket", bucket, "Key", "uploads/form.txt"));
        assertEquals(16L, ((Number) head.get("ContentLength")).longValue());
    }

    @Test
    void presignedPostIsAnExtensionOfS3ClientsOnly() {
        Client sqs = client("sqs");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sqs.extension(PresignedPost.class));
        assertTrue(e.getMessage().contains("PresignedPost is no extension of sqs clients"), e.getMessage());
        assertTrue(client("s3").extension(PresignedPost.class) != null);
    }
}
