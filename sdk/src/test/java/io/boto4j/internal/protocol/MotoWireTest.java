package io.boto4j.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.MotoServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serialized requests sent as they are to a real AWS-compatible server (moto), one protocol at a time: the
 * server must understand them. Unsigned (moto does not check signatures); an Authorization header carries
 * only the credential scope moto routes by. (moto 5.2 has no rpc-v2-cbor routes: cbor is proven by the
 * conformance suites and the botocore differential test only.)
 */
class MotoWireTest {
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint = MotoServer.shared().endpoint();

    private HttpResponse<byte[]> send(String signingName, SerializedRequest r) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(r.toUri(endpoint, false));
        r.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                b.header(name, value);
            }
        });
        b.header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/" + signingName
                + "/aws4_request, SignedHeaders=host, Signature=0");
        long length = r.body().contentLength();
        HttpRequest.BodyPublisher body = length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> r.body().newStream()), length);
        return http.send(b.method(r.method(), body).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static SerializedRequest serialize(String service, String operation, Map<String, Object> params) {
        ServiceModel model = BundledModels.model(service);
        return Serializers.forModel(model).serialize(model.operationModel(operation), params);
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void sqsUnderstandsJsonRequests() throws Exception {
        String name = "wire-" + UUID.randomUUID();
        HttpResponse<byte[]> created = send("sqs", serialize("sqs", "CreateQueue",
                Map.of("QueueName", name, "Attributes", Map.of("VisibilityTimeout", "45"))));
        assertEquals(200, created.statusCode(), text(created));
        String url = text(created).replaceAll(".*\"QueueUrl\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<byte[]> sent = send("sqs", serialize("sqs", "SendMessage", Map.of("QueueUrl", url,
                "MessageBody", "héllo wörld & <xml>", "MessageAttributes",
                Map.of("n", Map.of("DataType", "Number", "StringValue", "7")))));
        assertEquals(200, sent.statusCode(), text(sent));
        HttpResponse<byte[]> received = send("sqs", serialize("sqs", "ReceiveMessage",
                Map.of("QueueUrl", url, "MessageAttributeNames", List.of("All"))));
        assertTrue(text(received).contains("h\\u00e9llo w\\u00f6rld & <xml>") || text(received).contains("héllo wörld & <xml>"),
                text(received));
    }

    @Test
    void snsUnderstandsQueryRequests() throws Exception {
        HttpResponse<byte[]> r = send("sns", serialize("sns", "CreateTopic", Map.of("Name", "wire-topic",
                "Tags", List.of(Map.of("Key", "team", "Value", "a b:c")))));
        assertEquals(200, r.statusCode(), text(r));
        assertTrue(text(r).contains("arn:aws:sns:us-east-1:123456789012:wire-topic"), text(r));
        HttpResponse<byte[]> tags = send("sns", serialize("sns", "ListTagsForResource",
                Map.of("ResourceArn", "arn:aws:sns:us-east-1:123456789012:wire-topic")));
        assertTrue(text(tags).contains("a b:c"), text(tags));
    }

    @Test
    void ec2UnderstandsEc2Requests() throws Exception {
        HttpResponse<byte[]> r = send("ec2", serialize("ec2", "CreateVpc", Map.of("CidrBlock", "10.7.0.0/16",
                "TagSpecifications", List.of(Map.of("ResourceType", "vpc",
                        "Tags", List.of(Map.of("Key", "Name", "Value", "wire vpc")))))));
        assertEquals(200, r.statusCode(), text(r));
        HttpResponse<byte[]> d = send("ec2", serialize("ec2", "DescribeVpcs", Map.of("Filters",
                List.of(Map.of("Name", "tag:Name", "Values", List.of("wire vpc"))))));
        assertTrue(text(d).contains("10.7.0.0/16"), text(d));
    }

    @Test
    void s3UnderstandsRestXmlRequestsAndStreamedFiles(@TempDir Path dir) throws Exception {
        String bucket = "wire-" + UUID.randomUUID();
        assertEquals(200, send("s3", serialize("s3", "CreateBucket", Map.of("Bucket", bucket))).statusCode());
        Path file = dir.resolve("f.bin");
        byte[] content = new byte[300_000];
        new java.util.Random(1).nextBytes(content);
        Files.write(file, content);
        String key = "dir/a b+c:é.bin";
        HttpResponse<byte[]> put = send("s3", serialize("s3", "PutObject", Map.of("Bucket", bucket, "Key", key,
                "Body", file, "Metadata", Map.of("owner", "me"))));
        assertEquals(200, put.statusCode(), text(put));
        HttpResponse<byte[]> tagging = send("s3", serialize("s3", "PutObjectTagging", Map.of("Bucket", bucket,
                "Key", key, "Tagging", Map.of("TagSet", List.of(Map.of("Key", "k", "Value", "v w:x=y+z@"))))));
        assertEquals(200, tagging.statusCode(), text(tagging));
        HttpResponse<byte[]> got = send("s3", serialize("s3", "GetObject", Map.of("Bucket", bucket, "Key", key)));
        assertArrayEquals(content, got.body());
        assertEquals("me", got.headers().firstValue("x-amz-meta-owner").orElse(null));
        HttpResponse<byte[]> tags = send("s3", serialize("s3", "GetObjectTagging", Map.of("Bucket", bucket, "Key", key)));
        assertTrue(text(tags).contains("v w:x=y+z@"), text(tags));
        HttpResponse<byte[]> list = send("s3", serialize("s3", "ListObjectsV2", Map.of("Bucket", bucket,
                "Prefix", "dir/a b")));
        assertTrue(text(list).contains("<KeyCount>1</KeyCount>"), text(list));
    }

    @Test
    void lambdaUnderstandsRestJsonRequests() throws Exception {
        HttpResponse<byte[]> r = send("lambda", serialize("lambda", "ListFunctions", Map.of("MaxItems", 5)));
        assertEquals(200, r.statusCode(), text(r));
        io.boto4j.internal.json.JsonNode body = io.boto4j.internal.json.Json.parse(r.body());
        assertTrue(body.path("Functions").isArray(), text(r));
    }
}
