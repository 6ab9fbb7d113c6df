package io.boto4j.internal.protocol;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.Python;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Error responses of every protocol, parsed by us and by botocore (as its client does: the protocol parser,
 * then the modeled error's members looked up by code) from the same status, headers and body, with the real
 * bundled models. Each sample is a dynamic test named after what it shows.
 */
class ErrorParsingOracleTest {
    private record Sample(String name, String service, String operation, int status, Map<String, String> headers,
                          String body) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("jsonCodeStripsNamespaceAndAddsModeledMembers", "dynamodb", "PutItem", 400,
                    Map.of("x-amzn-RequestId", "RID1", "Content-Type", "application/x-amz-json-1.0"),
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                            + "\"message\":\"The conditional request failed\",\"Item\":{\"id\":{\"S\":\"1\"},\"n\":{\"N\":\"5\"}}}"),
            new Sample("queryCompatibleJsonTakesTheQueryErrorHeader", "sqs", "GetQueueUrl", 400,
                    Map.of("x-amzn-RequestId", "RID2", "x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender"),
                    "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"The specified queue does not exist.\"}"),
            new Sample("jsonBodyThatIsNotJsonBecomesTheMessage", "kinesis", "ListStreams", 400, Map.of(),
                    "Service is overloaded"),
            new Sample("queryErrorResponseWithTypeAndRequestId", "sns", "Publish", 404, Map.of(),
                    "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"
                            + "<Code>NotFound</Code><Message>Topic does not exist</Message></Error>"
                            + "<RequestId>RID3</RequestId></ErrorResponse>"),
            new Sample("ec2ErrorsWrapperAndRequestID", "ec2", "DescribeInstances", 400, Map.of(),
                    "<Response><Errors><Error><Code>InvalidInstanceID.Malformed</Code><Message>Invalid id: \"i-1\""
                            + "</Message></Error></Errors><RequestID>RID4</RequestID></Response>"),
            new Sample("s3ErrorRootWithRequestIdFromHeaders", "s3", "GetObject", 404,
                    Map.of("x-amz-request-id", "RID5", "x-amz-id-2", "HOST5"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>The specified "
                            + "key does not exist.</Message><Key>a/b.txt</Key><RequestId>RID5</RequestId>"
                            + "<HostId>HOST5</HostId></Error>"),
            new Sample("s3HeadErrorWithoutBodyUsesTheStatus", "s3", "HeadObject", 404,
                    Map.of("x-amz-request-id", "RID6", "x-amz-id-2", "HOST6"), ""),
            new Sample("restXmlErrorResponseWrapper", "route53", "GetHostedZone", 404, Map.of(),
                    "<ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><Error><Type>Sender</Type>"
                            + "<Code>NoSuchHostedZone</Code><Message>No hosted zone found with ID: Z1</Message></Error>"
                            + "<RequestId>RID7</RequestId></ErrorResponse>"),
            new Sample("restJsonErrorTypeHeaderWinsAndModeledMembersParse", "lambda", "GetFunction", 404,
                    Map.of("x-amzn-RequestId", "RID8", "x-amzn-ErrorType", "ResourceNotFoundException:http://internal/"),
                    "{\"Type\":\"User\",\"Message\":\"Function not found: arn:aws:lambda:us-east-1:1:function:f\"}"),
            new Sample("restJsonCodeFieldWithoutHeader", "glacier", "DescribeVault", 404, Map.of(),
                    "{\"code\":\"ResourceNotFoundException\",\"message\":\"Vault not found\",\"type\":\"Client\"}"),
            new Sample("htmlProxyPageOn502IsAGenericError", "sqs", "SendMessage", 502, Map.of("Content-Type", "text/html"),
                    "<html><body><h1>502 Bad Gateway</h1></body></html>"),
            new Sample("emptyBodyOn500IsAGenericError", "sns", "Publish", 500, Map.of(), ""),
            new Sample("emptyBodyOn503ForRestJson", "lambda", "Invoke", 503, Map.of(), "   "));

    private static JsonNode oracle;

    @BeforeAll
    static void askBotocore() throws Exception {
        List<Map<String, Object>> input = new ArrayList<>();
        for (Sample s : SAMPLES) {
            input.add(Map.of("service", s.service, "operation", s.operation, "status", s.status,
                    "headers", s.headers, "body", s.body));
        }
        String out = Python.run("""
                import sys, json, botocore.session
                from botocore.parsers import create_parser
                from botocore.awsrequest import HeadersDict
                session = botocore.session.get_session()
                results = []
                for s in json.load(sys.stdin):
                    model = session.get_service_model(s['service'])
                    op = model.operation_model(s['operation'])
                    parser = create_parser(model.metadata['protocol'] if s['service'] != 'cloudwatch' else 'json')
                    resp = {'status_code': s['status'], 'headers': HeadersDict(s['headers']),
                            'body': s['body'].encode(), 'context': {'operation_name': op.name}}
                    parsed = parser.parse(resp, op.output_shape)
                    code = parsed.get('Error', {}).get('Code')
                    shape = model.shape_for_error_code(code) if code else None
                    if shape is not None:
                        parsed.update(parser.parse(resp, shape))
                    parsed.get('ResponseMetadata', {}).pop('HTTPHeaders', None)
                    results.append(parsed)
                print(json.dumps(results, default=str))
                """, Json.write(input));
        oracle = Json.parse(out.getBytes(StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> errorMapsMatchBotocore() {
        Loader loader = Loader.fromEnvironment();
        Map<String, ServiceModel> models = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample s = SAMPLES.get(i);
            JsonNode expected = oracle.get(i);
            tests.add(DynamicTest.dynamicTest(s.name, () -> {
                ServiceModel model = models.computeIfAbsent(s.service,
                        n -> ModelTrees.fromTree(n, loader.loadServiceModel(n, "service-2", null)));
                OperationModel op = model.operationModel(s.operation);
                HttpResponse response = HttpResponse.of(s.status, HttpHeaders.of(s.headers),
                        s.body.getBytes(StandardCharsets.UTF_8));
                Map<String, Object> ours = new LinkedHashMap<>(Parsers.forModel(model).parseError(op, response));
                Map<?, ?> metadata = (Map<?, ?>) ours.get("ResponseMetadata");
                assertEquals(s.status, metadata.get("HTTPStatusCode"));
                Map<String, Object> trimmedMeta = new LinkedHashMap<>();
                metadata.forEach((k, v) -> {
                    if (!"HTTPHeaders".equals(k) && !"RetryAttempts".equals(k)) {
                        trimmedMeta.put(k.toString(), v);
                    }
                });
                ours.put("ResponseMetadata", trimmedMeta);
                if (ours.get("Error") instanceof Map<?, ?> err && err.containsKey("RawBody")) {
                    Map<Object, Object> e = new LinkedHashMap<>(err);
                    e.remove("RawBody");
                    ours.put("Error", e);
                }
                Object exp = BotocoreValues.fromJson(expected);
                assertNull(BotocoreValues.diff("response", exp, BotocoreValues.normalize(ours)));
            }));
        }
        return tests.stream();
    }
}
