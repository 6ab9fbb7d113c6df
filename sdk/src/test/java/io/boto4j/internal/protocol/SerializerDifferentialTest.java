package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Differential check against botocore: a few hundred generated valid inputs for ~10 real operations per
 * protocol (bundled models), serialized by boto4j and by botocore's {@code create_serializer(protocol)} in one
 * python process; method, full URL (path, encoded query, host prefix), headers and body (structurally) must
 * agree, every header included (RequestDifferentialTest compares whole requests, from the client).
 */
class SerializerDifferentialTest {
    private static final int INPUTS_PER_OPERATION = 6;

    private record Target(String service, String protocol, List<String> operations) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("sns", "query", List.of("Publish", "PublishBatch", "CreateTopic", "SetSubscriptionAttributes")),
            new Target("iam", "query", List.of("CreatePolicy", "CreateRole")),
            new Target("sts", "query", List.of("AssumeRole")),
            new Target("cloudformation", "query", List.of("CreateStack")),
            new Target("autoscaling", "query", List.of("CreateAutoScalingGroup")),
            new Target("elbv2", "query", List.of("CreateLoadBalancer")),
            new Target("ec2", "ec2", List.of("RunInstances", "DescribeInstances", "CreateTags",
                    "AuthorizeSecurityGroupIngress", "CreateLaunchTemplate", "ModifyInstanceAttribute",
                    "DescribeImages", "RequestSpotInstances", "CreateVpc", "DescribeSecurityGroups")),
            new Target("sqs", "json", List.of("SendMessage", "ReceiveMessage", "SendMessageBatch")),
            new Target("dynamodb", "json", List.of("PutItem", "Query", "TransactWriteItems", "GetItem")),
            new Target("kms", "json", List.of("Encrypt")),
            new Target("logs", "json", List.of("PutLogEvents")),
            new Target("secretsmanager", "json", List.of("CreateSecret")),
            new Target("lambda", "rest-json", List.of("CreateFunction", "Invoke", "PublishLayerVersion",
                    "UpdateFunctionConfiguration")),
            new Target("apigateway", "rest-json", List.of("CreateRestApi", "PutIntegration", "GetExport")),
            new Target("efs", "rest-json", List.of("CreateFileSystem")),
            new Target("glacier", "rest-json", List.of("UploadArchive")),
            new Target("s3", "rest-xml", List.of("PutObject", "PutBucketTagging", "DeleteObjects",
                    "CompleteMultipartUpload", "ListObjectsV2", "PutBucketLifecycleConfiguration", "CopyObject",
                    "PutObjectAcl")),
            new Target("route53", "rest-xml", List.of("ChangeResourceRecordSets", "CreateHostedZone")),
            new Target("cloudfront", "rest-xml", List.of("CreateInvalidation")),
            new Target("cloudwatch", "smithy-rpc-v2-cbor", List.of("PutMetricData", "GetMetricData",
                    "PutMetricAlarm", "ListMetrics")),
            new Target("gamelift", "smithy-rpc-v2-cbor", List.of("CreateFleet")),
            new Target("compute-optimizer", "smithy-rpc-v2-cbor", List.of("GetEC2InstanceRecommendations")),
            new Target("snowball", "smithy-rpc-v2-cbor", List.of("CreateJob")));

    private record Input(Target target, OperationModel operation, Map<String, Object> params) {
    }

    @Test
    void serializesGeneratedInputsForRealOperationsExactlyAsBotocoreDoes() throws IOException {
        Loader loader = Loader.fromEnvironment();
        List<Input> inputs = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        long seed = 20260801;
        for (Target t : TARGETS) {
            ServiceData data = loader.loadServiceData(t.service, "service-2", null);
            ServiceModel model = ModelTrees.parse(t.service, data.bytes(), data.origin(), data.extras());
            for (String opName : t.operations) {
                OperationModel op = model.operationModel(opName);
                for (int i = 0; i < INPUTS_PER_OPERATION; i++) {
                    Map<String, Object> params = new InputGenerator(seed++).generate(op.inputShape());
                    inputs.add(new Input(t, op, params));
                    ObjectNode line = JsonTrees.object();
                    line.put("service", t.service).put("protocol", t.protocol).put("operation", opName);
                    line.set("params", toOracleJson(params));
                    lines.append(Json.write(line)).append('\n');
                }
            }
        }
        String script;
        try (InputStream in = getClass().getResourceAsStream("/oracle/serialize_requests.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] answers = Python.run(script, lines.toString()).split("\n");
        assertTrue(answers.length == inputs.size(), "python answered " + answers.length + " of " + inputs.size());

        Map<String, int[]> counts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            JsonNode expected = JsonTrees.read(answers[i]);
            String where = in.target.service + "." + in.operation.name() + " #" + i;
            String problem;
            if (expected.has("error")) {
                problem = "botocore rejected a generated input: " + expected.get("error").asString() + "\n  params "
                        + toOracleJson(in.params);
            } else {
                problem = compare(in, expected);
            }
            int[] c = counts.computeIfAbsent(in.target.protocol, p -> new int[2]);
            c[problem == null ? 0 : 1]++;
            if (problem != null) {
                problems.add(where + ": " + problem);
            }
        }
        StringBuilder report = new StringBuilder("Differential serialization vs botocore (agree / differ):\n");
        counts.forEach((p, c) -> report.append(String.format(Locale.ROOT, "  %-20s %4d / %d%n", p, c[0], c[1])));
        System.out.print(report);
        assertTrue(problems.isEmpty(), problems.size() + " inputs differ:\n"
                + String.join("\n", problems.subList(0, Math.min(15, problems.size()))));
    }

    private static String compare(Input in, JsonNode expected) {
        String protocol = in.target.protocol;
        SerializedRequest req = Serializers.forProtocol(protocol, true, IdempotencyTokenWriter.RANDOM_UUIDS)
                .serialize(in.operation, in.params);
        List<String> diffs = new ArrayList<>();
        if (!expected.get("method").asString().equals(req.method())) {
            diffs.add("method " + req.method() + " vs " + expected.get("method").asString());
        }
        String url = req.toUrl("https://example.com", true);
        if (!expected.get("url").asString().equals(url)) {
            diffs.add("url\n   ours     " + url + "\n   botocore " + expected.get("url").asString());
        }
        Map<String, String> theirs = new TreeMap<>();
        expected.get("headers").properties().iterator().forEachRemaining(h ->
                theirs.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().asString()));
        Map<String, String> ours = new TreeMap<>(req.headers().toLowerCaseMap());
        if (!ours.equals(theirs)) {
            diffs.add("headers\n   ours     " + ours + "\n   botocore " + theirs);
        }
        byte[] ourBody = ProtocolInputConformanceTest.bytes(req.body());
        byte[] theirBody = Base64.getDecoder().decode(expected.get("body").asString());
        if (!Arrays.equals(ourBody, theirBody)) {
            String expectedText = protocol.equals("smithy-rpc-v2-cbor") ? expected.get("body").asString()
                    : new String(theirBody, StandardCharsets.UTF_8);
            String diff = protocol.equals("query") || protocol.equals("ec2")
                    ? "body\n   ours     " + new String(ourBody, StandardCharsets.UTF_8) + "\n   botocore " + expectedText
                    : RequestComparison.compareBody(protocol, expectedText, ourBody);
            if (diff != null) {
                diffs.add(diff);
            }
        }
        return diffs.isEmpty() ? null : String.join("\n  ", diffs);
    }

    /** Params as JSON for the oracle: blobs as {"__blob__": base64}, timestamps as {"__ts__": iso8601}. */
    static JsonNode toOracleJson(Object value) {
        if (value == null) {
            return JsonTrees.nullNode();
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = JsonTrees.object();
            m.forEach((k, v) -> o.set(String.valueOf(k), toOracleJson(v)));
            return o;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode a = JsonTrees.array();
            c.forEach(v -> a.add(toOracleJson(v)));
            return a;
        }
        if (value instanceof byte[] b) {
            return JsonTrees.object().put("__blob__", Base64.getEncoder().encodeToString(b));
        }
        if (value instanceof Instant t) {
            return JsonTrees.object().put("__ts__", t.toString());
        }
        if (value instanceof String s) {
            return JsonTrees.string(s);
        }
        if (value instanceof Boolean b) {
            return JsonTrees.bool(b);
        }
        if (value instanceof Integer n) {
            return JsonTrees.number(n);
        }
        if (value instanceof Long n) {
            return JsonTrees.number(n);
        }
        if (value instanceof Double d) {
            return JsonTrees.number(d);
        }
        if (value instanceof BigDecimal d) {
            return JsonTrees.number(d);
        }
        if (value instanceof BigInteger b) {
            return JsonTrees.number(b);
        }
        throw new UncheckedIOException(new IOException("cannot send " + value.getClass() + " to python"));
    }
}
