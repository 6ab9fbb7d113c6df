package io.boto4j.internal.customizations;

import static io.boto4j.internal.customizations.CustomizationClients.list;
import static io.boto4j.internal.customizations.CustomizationClients.map;
import static io.boto4j.internal.customizations.CustomizationClients.pathStyleS3;
import static io.boto4j.internal.customizations.CustomizationClients.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import io.boto4j.http.StreamingBody;
import io.boto4j.testsupport.FaultServer;
import io.boto4j.testsupport.FaultServer.Respond;
import io.boto4j.testsupport.MotoServer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S3's customizations against moto, and against a scripted local endpoint where moto cannot misbehave. */
class S3CustomizationTest {
    private static final String SSE_KEY = "0123456789abcdef0123456789abcdef";
    private static Client s3;
    private static String bucket;

    @BeforeAll
    static void createBucket() {
        s3 = pathStyleS3("us-east-1", MotoServer.shared().endpoint());
        bucket = unique("custom");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
    }

    @Test
    void listingsReturnKeysWithSpacesAndUnicodeDecoded() {
        List<String> keys = List.of("dir one/a b.txt", "dir one/ünï cødé+plus.txt", "dir one/%41 literal.txt");
        for (String key : keys) {
            s3.call("PutObject", Map.of("Bucket", bucket, "Key", key, "Body", "x"));
        }
        Map<String, Object> v2 = s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "dir one/"));
        assertEquals(keys.stream().sorted().toList(), list(v2.get("Contents")).stream().map(c -> c.get("Key")).toList());
        assertEquals("dir one/", v2.get("Prefix"));

        Map<String, Object> v1 = s3.call("ListObjects", Map.of("Bucket", bucket, "Prefix", "dir", "Delimiter", " "));
        assertEquals(List.of("dir "), list(v1.get("CommonPrefixes")).stream().map(c -> c.get("Prefix")).toList());
        assertEquals(" ", v1.get("Delimiter"));

        Map<String, Object> versions = s3.call("ListObjectVersions", Map.of("Bucket", bucket, "Prefix", "dir one/ü"));
        assertEquals(List.of("dir one/ünï cødé+plus.txt"),
                list(versions.get("Versions")).stream().map(c -> c.get("Key")).toList());
    }

    @Test
    void listingsAskedWithAnEncodingStayEncoded() {
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "raw/a b.txt", "Body", "x"));
        Map<String, Object> out = s3.call("ListObjectsV2", Map.of("Bucket", bucket, "Prefix", "raw/",
                "EncodingType", "url"));
        // moto's own encoding of the space, handed back untouched
        assertEquals("raw/a%20b.txt", list(out.get("Contents")).get(0).get("Key"));
    }

    @Test
    void sseCustomerKeyRoundTripsWithAPlainKey() throws Exception {
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "secret.txt", "Body", "top secret",
                "SSECustomerAlgorithm", "AES256", "SSECustomerKey", SSE_KEY));
        Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", "secret.txt",
                "SSECustomerAlgorithm", "AES256", "SSECustomerKey", SSE_KEY));
        try (StreamingBody body = (StreamingBody) got.get("Body")) {
            assertEquals("top secret", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void copiesWithCopySourceGivenAsAMapOrAString() throws Exception {
        String key = "src dir/ü + ~.txt";
        Map<String, Object> put = s3.call("PutObject", Map.of("Bucket", bucket, "Key", key, "Body", "copy me"));
        s3.call("CopyObject", Map.of("Bucket", bucket, "Key", "copy-from-map",
                "CopySource", Map.of("Bucket", bucket, "Key", key)));
        s3.call("CopyObject", Map.of("Bucket", bucket, "Key", "copy-from-string", "CopySource", bucket + "/" + key));
        for (String copy : List.of("copy-from-map", "copy-from-string")) {
            Map<String, Object> got = s3.call("GetObject", Map.of("Bucket", bucket, "Key", copy));
            try (StreamingBody body = (StreamingBody) got.get("Body")) {
                assertArrayEquals("copy me".getBytes(StandardCharsets.UTF_8), body.readAllBytes(), copy);
            }
            assertEquals(put.get("ETag"), got.get("ETag"));
        }
    }

    @Test
    void copySourceMapWithoutKeyNamesTheMissingMember() {
        Exception e = assertThrows(RuntimeException.class, () -> s3.call("CopyObject", Map.of("Bucket", bucket,
                "Key", "k", "CopySource", Map.of("Bucket", bucket))));
        assertTrue(e.getMessage().contains("'Key' in CopySource"), e.getMessage());
    }

    @Test
    void bucketThatIsAUrlIsRejectedBeforeAnythingIsSent() {
        io.boto4j.exception.ParamValidationError e = assertThrows(io.boto4j.exception.ParamValidationError.class,
                () -> s3.call("ListObjectsV2", Map.of("Bucket", "http://evil.example/b")));
        assertTrue(e.getMessage().contains("Invalid bucket name \"http://evil.example/b\""), e.getMessage());
    }

    @Test
    void nonAsciiMetadataIsRejectedWithItsKey() {
        io.boto4j.exception.ParamValidationError e = assertThrows(io.boto4j.exception.ParamValidationError.class,
                () -> s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", "x",
                        "Metadata", Map.of("owner", "zoë"))));
        assertTrue(e.getMessage().contains("metadata for key \"owner\""), e.getMessage());
    }

    @Test
    void getBucketLocationReadsTheBareElement() {
        Client west = pathStyleS3("eu-west-1", MotoServer.shared().endpoint());
        String b = unique("located");
        west.call("CreateBucket", Map.of("Bucket", b,
                "CreateBucketConfiguration", Map.of("LocationConstraint", "eu-west-1")));
        assertEquals("eu-west-1", west.call("GetBucketLocation", Map.of("Bucket", b)).get("LocationConstraint"));
        Map<String, Object> useast = s3.call("GetBucketLocation", Map.of("Bucket", bucket));
        assertTrue(useast.containsKey("LocationConstraint"));
        assertNull(useast.get("LocationConstraint"));
    }

    @Test
    void expectedBucketOwnerIsSentAndCheckedByTheServer() {
        ClientError e = assertThrows(ClientError.class, () -> s3.call("GetObject", Map.of("Bucket", bucket,
                "Key", "nope", "ExpectedBucketOwner", "999999999999")));
        assertTrue(e.getHttpStatusCode() >= 400, e.getMessage());
    }

    private static final String ERROR_IN_200 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
            + "<Message>We encountered an internal error. Please try again.</Message><RequestId>r1</RequestId></Error>";
    private static final String COMPLETED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CompleteMultipartUploadResult>"
            + "<Location>http://x/b/k</Location><Bucket>b</Bucket><Key>k</Key><ETag>\"e-2\"</ETag>"
            + "</CompleteMultipartUploadResult>";

    private static Respond xml(int status, String body, Map<String, String> headers) {
        Map<String, String> h = new HashMap<>(headers);
        h.put("Content-Type", "application/xml");
        return new Respond(status, h, body);
    }

    private static Map<String, Object> complete() {
        return Map.of("Bucket", "b", "Key", "k", "UploadId", "u", "MultipartUpload",
                Map.of("Parts", List.of(Map.of("ETag", "\"e1\"", "PartNumber", 1))));
    }

    @Test
    void errorInA200CompleteMultipartUploadIsRetriedAndThenSucceeds() throws Exception {
        try (FaultServer server = new FaultServer(xml(200, ERROR_IN_200, Map.of()), xml(200, COMPLETED, Map.of()))) {
            Map<String, Object> out = pathStyleS3("us-east-1", server.endpoint()).call("CompleteMultipartUpload",
                    complete());
            assertEquals("\"e-2\"", out.get("ETag"));
            assertEquals(1, map(out.get("ResponseMetadata")).get("RetryAttempts"));
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void errorInA200CompleteMultipartUploadRaisesOnceRetriesAreSpent() throws Exception {
        try (FaultServer server = new FaultServer(xml(200, ERROR_IN_200, Map.of()))) {
            Client twoAttempts = CustomizationClients.client("s3", "us-east-1", server.endpoint(),
                    io.boto4j.config.Config.builder().s3(Map.of("addressing_style", "path"))
                            .retries(Map.of("mode", "standard", "total_max_attempts", 2)).build());
            ClientError e = assertThrows(ClientError.class, () -> twoAttempts.call("CompleteMultipartUpload", complete()));
            assertEquals("InternalError", e.getErrorCode());
            assertEquals(2, server.requests().size(), "retried once");
        }
    }

    @Test
    void truncatedCopyResultIsTreatedAsAServerError() throws Exception {
        String cut = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyObjectResult><ETag>\"e\"</ET";
        String whole = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CopyObjectResult><ETag>\"e\"</ETag>"
                + "<LastModified>2026-01-01T00:00:00.000Z</LastModified></CopyObjectResult>";
        try (FaultServer server = new FaultServer(xml(200, cut, Map.of()), xml(200, whole, Map.of()))) {
            Map<String, Object> out = pathStyleS3("us-east-1", server.endpoint()).call("CopyObject",
                    Map.of("Bucket", "b", "Key", "k", "CopySource", "src/k"));
            assertEquals(map(out.get("CopyObjectResult")).get("ETag"), "\"e\"");
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void expiresThatIsNoDateIsKeptAsTextOnly() throws Exception {
        try (FaultServer server = new FaultServer(new Respond(200, Map.of("Expires", "never, really"), ""), new Respond(200, Map.of("Expires", "Thu, 01 Dec 1994 16:00:00 GMT"), ""))) {
            Client client = pathStyleS3("us-east-1", server.endpoint());
            Map<String, Object> odd = client.call("HeadObject", Map.of("Bucket", "b", "Key", "k"));
            assertEquals("never, really", odd.get("ExpiresString"));
            assertTrue(!odd.containsKey("Expires"), odd.toString());
            Map<String, Object> dated = client.call("HeadObject", Map.of("Bucket", "b", "Key", "k"));
            assertEquals("Thu, 01 Dec 1994 16:00:00 GMT", dated.get("ExpiresString"));
            assertEquals(java.time.Instant.parse("1994-12-01T16:00:00Z"), dated.get("Expires"));
        }
    }

    @Test
    void bucketInAnotherRegionIsRetriedThereOnceAndRemembered() throws Exception {
        String redirect = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect</Code>"
                + "<Message>The bucket you are attempting to access must be addressed using the specified endpoint."
                + "</Message><Bucket>far</Bucket></Error>";
        String listed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult><Name>far</Name>"
                + "<KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>";
        try (FaultServer server = new FaultServer(xml(301, redirect, Map.of("x-amz-bucket-region", "eu-west-1")),
                xml(200, listed, Map.of()))) {
            Client client = pathStyleS3("us-east-1", server.endpoint());
            Map<String, Object> out = client.call("ListObjectsV2", Map.of("Bucket", "far"));
            assertEquals("far", out.get("Name"));
            List<FaultServer.Request> requests = server.requests();
            assertEquals(2, requests.size());
            assertTrue(requests.get(0).header("Authorization").contains("/us-east-1/s3/aws4_request"));
            assertTrue(requests.get(1).header("Authorization").contains("/eu-west-1/s3/aws4_request"),
                    requests.get(1).header("Authorization"));

            client.call("ListObjectsV2", Map.of("Bucket", "far"));
            assertEquals(3, server.requests().size(), "the bucket's region was remembered");
            assertTrue(server.requests().get(2).header("Authorization").contains("/eu-west-1/s3/aws4_request"));
        }
    }

    @Test
    void headRequestRedirectWithoutABodyFollowsTheRegionHeader() throws Exception {
        try (FaultServer server = new FaultServer(new Respond(301, Map.of("x-amz-bucket-region", "us-west-2"), ""),
                new Respond(200, Map.of("x-amz-bucket-region", "us-west-2"), ""))) {
            Map<String, Object> out = pathStyleS3("us-east-1", server.endpoint()).call("HeadBucket",
                    Map.of("Bucket", "far"));
            assertEquals(200, map(out.get("ResponseMetadata")).get("HTTPStatusCode"));
            assertTrue(server.requests().get(1).header("Authorization").contains("/us-west-2/s3/aws4_request"));
        }
    }

    @Test
    void redirectIsFollowedOnlyOnce() throws Exception {
        String redirect = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect</Code>"
                + "<Message>elsewhere</Message></Error>";
        try (FaultServer server = new FaultServer(xml(301, redirect, Map.of("x-amz-bucket-region", "eu-west-1")))) {
            ClientError e = assertThrows(ClientError.class,
                    () -> pathStyleS3("us-east-1", server.endpoint()).call("ListObjectsV2", Map.of("Bucket", "far")));
            assertEquals("PermanentRedirect", e.getErrorCode());
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void wrongSigningRegionErrorCarriesTheRegionToRetryIn() throws Exception {
        String malformed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AuthorizationHeaderMalformed</Code>"
                + "<Message>the region 'us-east-1' is wrong; expecting 'ap-south-1'</Message>"
                + "<Region>ap-south-1</Region></Error>";
        try (FaultServer server = new FaultServer(xml(400, malformed, Map.of()), xml(200, "", Map.of()))) {
            pathStyleS3("us-east-1", server.endpoint()).call("PutObject", Map.of("Bucket", "b", "Key", "k",
                    "Body", "x"));
            assertTrue(server.requests().get(1).header("Authorization").contains("/ap-south-1/s3/aws4_request"));
            assertEquals("100-continue", server.requests().get(1).header("Expect"));
        }
    }
}
