package io.boto4j.internal.protocol;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ClientError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.Python;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real responses from a moto server, one operation per protocol family: we send the raw request, parse the
 * response moto gives, and compare with what boto3 returns for the same call against the same server
 * (ResponseMetadata aside, since request ids differ per call). The raw requests ask for what boto3's own
 * customizations ask for (url encoding of listings, response checksums).
 */
class MotoResponseParsingTest {
    private record Call(String name, String service, String operation, String method, String path,
                        Map<String, String> headers, String body, Map<String, Object> boto3Params) {
    }

    private static final String BUCKET = "boto4j-parse-" + Long.toHexString(System.nanoTime());
    private static final String TABLE = "boto4j-parse-table";
    private static final String QUEUE = "boto4j-parse-queue";
    private static String endpoint;
    private static List<Call> calls;
    private static JsonNode boto3Results;

    private static Map<String, String> json(String target, String contentType, String service) {
        return Map.of("X-Amz-Target", target, "Content-Type", contentType, "Authorization", auth(service));
    }

    private static String auth(String service) {
        // moto routes by the credential scope's service; it does not check the signature
        return "AWS4-HMAC-SHA256 Credential=testing/20240101/us-east-1/" + service
                + "/aws4_request, SignedHeaders=host, Signature=00";
    }

    @BeforeAll
    static void setUpAndAskBoto3() throws Exception {
        endpoint = MotoServer.shared().endpoint();
        String queueUrl = endpoint + "/123456789012/" + QUEUE;
        calls = List.of(
                new Call("restXmlListObjectsV2", "s3", "ListObjectsV2", "GET", "/" + BUCKET + "?list-type=2&encoding-type=url",
                        Map.of("Authorization", auth("s3")), "", Map.of("Bucket", BUCKET)),
                new Call("restXmlGetObjectStreamsTheBodyAndReadsHeaders", "s3", "GetObject", "GET",
                        "/" + BUCKET + "/dir/key-3.txt", Map.of("Authorization", auth("s3"),
                                "x-amz-checksum-mode", "ENABLED"), "",
                        Map.of("Bucket", BUCKET, "Key", "dir/key-3.txt")),
                new Call("restXmlMissingKeyError", "s3", "GetObject", "GET", "/" + BUCKET + "/missing",
                        Map.of("Authorization", auth("s3")), "", Map.of("Bucket", BUCKET, "Key", "missing")),
                new Call("restXmlHeadOfMissingKeyHasNoBody", "s3", "HeadObject", "HEAD", "/" + BUCKET + "/missing",
                        Map.of("Authorization", auth("s3")), "", Map.of("Bucket", BUCKET, "Key", "missing")),
                new Call("jsonGetItem", "dynamodb", "GetItem", "POST", "/",
                        json("DynamoDB_20120810.GetItem", "application/x-amz-json-1.0", "dynamodb"),
                        "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"pk\":{\"S\":\"p1\"}}}",
                        Map.of("TableName", TABLE, "Key", Map.of("pk", Map.of("S", "p1")))),
                new Call("jsonDescribeMissingTableError", "dynamodb", "DescribeTable", "POST", "/",
                        json("DynamoDB_20120810.DescribeTable", "application/x-amz-json-1.0", "dynamodb"),
                        "{\"TableName\":\"nope\"}", Map.of("TableName", "nope")),
                new Call("jsonQueryCompatibleGetQueueAttributes", "sqs", "GetQueueAttributes", "POST", "/",
                        json("AmazonSQS.GetQueueAttributes", "application/x-amz-json-1.0", "sqs"),
                        "{\"QueueUrl\":\"" + queueUrl + "\",\"AttributeNames\":[\"All\"]}",
                        Map.of("QueueUrl", queueUrl, "AttributeNames", List.of("All"))),
                new Call("jsonQueryCompatibleMissingQueueError", "sqs", "GetQueueUrl", "POST", "/",
                        json("AmazonSQS.GetQueueUrl", "application/x-amz-json-1.0", "sqs"),
                        "{\"QueueName\":\"no-such-queue\"}", Map.of("QueueName", "no-such-queue")),
                new Call("queryListTopics", "sns", "ListTopics", "POST", "/",
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", auth("sns")),
                        "Action=ListTopics&Version=2010-03-31", Map.of()),
                new Call("queryMissingTopicError", "sns", "GetTopicAttributes", "POST", "/",
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", auth("sns")),
                        "Action=GetTopicAttributes&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Anope",
                        Map.of("TopicArn", "arn:aws:sns:us-east-1:123456789012:nope")),
                new Call("ec2DescribeRegions", "ec2", "DescribeRegions", "POST", "/",
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", auth("ec2")),
                        "Action=DescribeRegions&Version=2016-11-15&RegionName.1=us-east-1&RegionName.2=eu-west-1",
                        Map.of("RegionNames", List.of("us-east-1", "eu-west-1"))));
        List<Map<String, Object>> input = new ArrayList<>();
        for (Call c : calls) {
            input.add(Map.of("service", c.service, "operation", c.operation, "params", c.boto3Params));
        }
        String out = Python.run("""
                import sys, json, datetime, boto3, botocore
                inp = json.load(sys.stdin)
                ep, bucket, table, queue = inp['endpoint'], inp['bucket'], inp['table'], inp['queue']
                def client(name):
                    return boto3.client(name, endpoint_url=ep, region_name='us-east-1',
                                        aws_access_key_id='testing', aws_secret_access_key='testing')
                s3 = client('s3')
                s3.create_bucket(Bucket=bucket)
                for i in range(5):
                    s3.put_object(Bucket=bucket, Key=f'dir/key-{i}.txt', Body=f'content {i}\\n' * (i + 1),
                                  Metadata={'owner': f'user-{i}'}, ContentType='text/plain')
                ddb = client('dynamodb')
                if table not in ddb.list_tables()['TableNames']:
                    ddb.create_table(TableName=table, KeySchema=[{'AttributeName': 'pk', 'KeyType': 'HASH'}],
                                     AttributeDefinitions=[{'AttributeName': 'pk', 'AttributeType': 'S'}],
                                     BillingMode='PAY_PER_REQUEST')
                ddb.put_item(TableName=table, Item={'pk': {'S': 'p1'}, 'n': {'N': '12.5'}, 'b': {'B': b'bytes'},
                             'l': {'L': [{'S': 'x'}, {'BOOL': True}]}, 'm': {'M': {'k': {'NULL': True}}}})
                client('sqs').create_queue(QueueName=queue)
                client('sns').create_topic(Name='boto4j-parse-topic')
                def plain(v):
                    if isinstance(v, datetime.datetime): return v.timestamp()
                    if isinstance(v, bytes): return v.decode('utf-8')
                    if hasattr(v, 'read'): return v.read().decode('utf-8')
                    if isinstance(v, dict): return {k: plain(x) for k, x in v.items()}
                    if isinstance(v, list): return [plain(x) for x in v]
                    return v
                results = []
                for c in inp['calls']:
                    cl = client(c['service'])
                    try:
                        r = cl._make_api_call(c['operation'], c['params'])
                    except botocore.exceptions.ClientError as e:
                        r = e.response
                    r.pop('ResponseMetadata', None)
                    if 'Error' in r:
                        r['Error'] = {k: r['Error'][k] for k in ('Code', 'Message') if k in r['Error']}
                    results.append(plain(r))
                print(json.dumps(results))
                """, Json.write(Map.of("endpoint", endpoint, "bucket", BUCKET, "table", TABLE, "queue", QUEUE,
                "calls", input)));
        boto3Results = Json.parse(out.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> parsesWhatBoto3ParsesFromTheSameServer() {
        Loader loader = Loader.fromEnvironment();
        HttpClient http = HttpClient.newHttpClient();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            JsonNode expected = boto3Results.get(i);
            tests.add(DynamicTest.dynamicTest(c.name, () -> {
                ServiceModel model = ModelTrees.fromTree(c.service, loader.loadServiceModel(c.service, "service-2", null));
                OperationModel op = model.operationModel(c.operation);
                HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(endpoint + c.path))
                        .method(c.method, c.body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(c.body));
                c.headers.forEach(req::header);
                java.net.http.HttpResponse<InputStream> raw = http.send(req.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofInputStream());
                HttpHeaders.Builder headers = HttpHeaders.builder();
                raw.headers().map().forEach((k, vs) -> vs.forEach(v -> headers.add(k, v)));
                Map<String, Object> parsed;
                try {
                    parsed = Parsers.forModel(model).parse(op, new HttpResponse(raw.statusCode(), headers.build(), raw.body()));
                } catch (ClientError e) {
                    parsed = e.getResponse();
                }
                Map<String, Object> ours = new LinkedHashMap<>(parsed);
                assertEquals(raw.statusCode(), ((Map<?, ?>) ours.remove("ResponseMetadata")).get("HTTPStatusCode"));
                if (ours.get("Error") instanceof Map<?, ?> e) {
                    Map<String, Object> trimmed = new LinkedHashMap<>();
                    for (String k : List.of("Code", "Message")) {
                        if (e.containsKey(k)) {
                            trimmed.put(k, e.get(k));
                        }
                    }
                    ours.put("Error", trimmed);
                }
                assertNull(BotocoreValues.diff(c.name, BotocoreValues.fromJson(expected), BotocoreValues.normalize(ours)));
            }));
        }
        return tests.stream();
    }
}
