package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** STS, IAM, KMS, SSM Parameter Store, Secrets Manager, CloudWatch, Logs, Kinesis, Lambda, EC2 end to end. */
class ManagementServicesIntegrationTest extends MotoTest {

    @Test
    void stsReturnsTheCallerIdentity() {
        Map<String, Object> id = client("sts").call("GetCallerIdentity", Map.of());
        assertEquals("123456789012", id.get("Account"));
        assertTrue(((String) id.get("Arn")).startsWith("arn:aws:"));
    }

    @Test
    void iamCreatesAndListsUsersAndPolicies() {
        Client iam = client("iam");
        String user = unique("user");
        Map<String, Object> created = iam.call("CreateUser", Map.of("UserName", user, "Tags", List.of(Map.of("Key", "team", "Value", "a"))));
        assertEquals(user, map(created.get("User")).get("UserName"));
        assertTrue(map(created.get("User")).get("CreateDate") instanceof Instant);
        List<Map<String, Object>> users = list(iam.call("ListUsers", Map.of()).get("Users"));
        assertTrue(users.stream().anyMatch(u -> user.equals(u.get("UserName"))));
        String doc = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
        Map<String, Object> policy = map(iam.call("CreatePolicy", Map.of("PolicyName", unique("p"), "PolicyDocument", doc)).get("Policy"));
        assertTrue(((String) policy.get("Arn")).contains(":policy/"));
        ClientError e = assertThrows(ClientError.class, () -> iam.call("GetUser", Map.of("UserName", "missing-" + user)));
        assertTrue(e.is("NoSuchEntity"), e.getErrorCode());
    }

    @Test
    void kmsEncryptsAndDecryptsARoundTrip() {
        Client kms = client("kms");
        String keyId = (String) map(kms.call("CreateKey", Map.of("Description", "test")).get("KeyMetadata")).get("KeyId");
        byte[] plain = "secret data".getBytes(StandardCharsets.UTF_8);
        byte[] blob = (byte[]) kms.call("Encrypt", Map.of("KeyId", keyId, "Plaintext", plain)).get("CiphertextBlob");
        assertTrue(blob.length > plain.length);
        assertArrayEquals(plain, (byte[]) kms.call("Decrypt", Map.of("CiphertextBlob", blob)).get("Plaintext"));
        ClientError e = assertThrows(ClientError.class, () -> kms.call("DescribeKey", Map.of("KeyId", "alias/missing")));
        assertTrue(e.is("NotFoundException"), e.getErrorCode());
    }

    @Test
    void ssmAndSecretsManagerStoreAndReturnValues() {
        Client ssm = client("ssm");
        String name = "/app/" + unique("param");
        ssm.call("PutParameter", Map.of("Name", name, "Value", "v1", "Type", "SecureString"));
        Map<String, Object> p = map(ssm.call("GetParameter", Map.of("Name", name, "WithDecryption", true)).get("Parameter"));
        assertEquals("v1", p.get("Value"));
        assertEquals(1L, ((Number) p.get("Version")).longValue());

        Client sm = client("secretsmanager");
        String secret = unique("secret");
        sm.call("CreateSecret", Map.of("Name", secret, "SecretString", "{\"password\":\"pw\"}"));
        assertEquals("{\"password\":\"pw\"}", sm.call("GetSecretValue", Map.of("SecretId", secret)).get("SecretString"));
        ClientError e = assertThrows(ClientError.class, () -> sm.call("GetSecretValue", Map.of("SecretId", "missing-" + secret)));
        assertTrue(e.is("ResourceNotFoundException"), e.getErrorCode());
    }

    @Test
    void cloudWatchLogsAndKinesisAcceptAndReturnData() {
        Client cw = client("cloudwatch");
        String ns = unique("App");
        cw.call("PutMetricData", Map.of("Namespace", ns, "MetricData", List.of(Map.of("MetricName", "Latency",
                "Value", 12.5, "Unit", "Milliseconds", "Dimensions", List.of(Map.of("Name", "Api", "Value", "get"))))));
        List<Map<String, Object>> metrics = list(cw.call("ListMetrics", Map.of("Namespace", ns)).get("Metrics"));
        assertEquals("Latency", metrics.get(0).get("MetricName"));

        Client logs = client("logs");
        String group = "/test/" + unique("group");
        logs.call("CreateLogGroup", Map.of("logGroupName", group));
        logs.call("CreateLogStream", Map.of("logGroupName", group, "logStreamName", "s"));
        long now = System.currentTimeMillis();
        logs.call("PutLogEvents", Map.of("logGroupName", group, "logStreamName", "s",
                "logEvents", List.of(Map.of("timestamp", now, "message", "line one"))));
        List<Map<String, Object>> events = list(logs.call("GetLogEvents", Map.of("logGroupName", group, "logStreamName", "s")).get("events"));
        assertEquals("line one", events.get(0).get("message"));

        Client kinesis = client("kinesis");
        String stream = unique("stream");
        kinesis.call("CreateStream", Map.of("StreamName", stream, "ShardCount", 1));
        Map<String, Object> put = kinesis.call("PutRecord", Map.of("StreamName", stream, "Data", "rec".getBytes(), "PartitionKey", "k"));
        assertNotNull(put.get("ShardId"));
        String iterator = (String) kinesis.call("GetShardIterator", Map.of("StreamName", stream,
                "ShardId", put.get("ShardId"), "ShardIteratorType", "TRIM_HORIZON")).get("ShardIterator");
        List<Map<String, Object>> records = list(kinesis.call("GetRecords", Map.of("ShardIterator", iterator)).get("Records"));
        assertArrayEquals("rec".getBytes(), (byte[]) records.get(0).get("Data"));
    }

    @Test
    void compressesMetricDataAboveTheConfiguredSize() throws Exception {
        // moto cannot read compressed CloudWatch bodies (nor those boto3 sends), so the wire request is checked
        io.boto4j.config.Config small = io.boto4j.config.Config.builder().requestMinCompressionSizeBytes(1).build();
        Client compressing = client("cloudwatch", small);
        Client plain = client("cloudwatch", io.boto4j.config.Config.builder().disableRequestCompression(true).build());
        java.util.List<io.boto4j.http.HttpRequest> sent = new java.util.ArrayList<>();
        io.boto4j.events.TypedEventHandler capture = event -> {
            sent.add(event.request().build());
            return io.boto4j.http.HttpResponse.of(200, io.boto4j.http.HttpHeaders.empty(), new byte[0]);
        };
        compressing.meta().events().register("before-send.cloudwatch.PutMetricData", capture);
        plain.meta().events().register("before-send.cloudwatch.PutMetricData", capture);
        Map<String, Object> params = Map.of("Namespace", "Gz", "MetricData", List.of(Map.of("MetricName", "Hits", "Value", 1.0)));
        compressing.call("PutMetricData", params);
        plain.call("PutMetricData", params);
        assertEquals("gzip", sent.get(0).headers().first("Content-Encoding"));
        assertEquals(null, sent.get(1).headers().first("Content-Encoding"));
        byte[] unzipped;
        try (var in = new java.util.zip.GZIPInputStream(sent.get(0).body().newStream())) {
            unzipped = in.readAllBytes();
        }
        try (var in = sent.get(1).body().newStream()) {
            assertArrayEquals(in.readAllBytes(), unzipped);
        }
    }

    @Test
    void lambdaAndEc2AnswerListAndDescribeCalls() {
        Client lambda = client("lambda");
        String role = client("iam").call("CreateRole", Map.of("RoleName", unique("fn-role"),
                "AssumeRolePolicyDocument", "{}")).get("Role") instanceof Map<?, ?> r ? (String) r.get("Arn") : null;
        String fn = unique("fn");
        lambda.call("CreateFunction", Map.of("FunctionName", fn, "Runtime", "python3.12", "Role", role,
                "Handler", "app.handler", "Code", Map.of("ZipFile", zipWith("app.py", "def handler(e, c):\n  return 1\n"))));
        List<Map<String, Object>> functions = list(lambda.call("ListFunctions", Map.of()).get("Functions"));
        Map<String, Object> listed = functions.stream().filter(f -> fn.equals(f.get("FunctionName"))).findFirst()
                .orElseThrow(() -> new AssertionError(fn + " not in " + functions));
        assertEquals("python3.12", listed.get("Runtime"));
        assertEquals("app.handler", listed.get("Handler"));
        assertEquals(role, listed.get("Role"));
        ClientError e = assertThrows(ClientError.class, () -> lambda.call("GetFunction", Map.of("FunctionName", "missing-fn")));
        assertTrue(e.is("ResourceNotFoundException"), e.getErrorCode());

        Client ec2 = client("ec2");
        List<Map<String, Object>> regions = list(ec2.call("DescribeRegions", Map.of()).get("Regions"));
        assertTrue(regions.stream().anyMatch(r -> "us-east-1".equals(r.get("RegionName"))));
        Map<String, Object> vpcs = ec2.call("DescribeVpcs", Map.of("Filters", List.of(Map.of("Name", "is-default", "Values", List.of("true")))));
        assertEquals(1, list(vpcs.get("Vpcs")).size());
        ClientError missing = assertThrows(ClientError.class, () -> ec2.call("DescribeInstances", Map.of("InstanceIds", List.of("i-0123456789abcdef0"))));
        assertTrue(missing.is("InvalidInstanceID.NotFound"), missing.getErrorCode());
    }

    private static byte[] zipWith(String name, String content) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
