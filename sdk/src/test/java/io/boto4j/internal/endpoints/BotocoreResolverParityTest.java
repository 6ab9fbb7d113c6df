package io.boto4j.internal.endpoints;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.endpoints.rules.RuleSetError;
import io.boto4j.internal.json.Json;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.internal.pipeline.EndpointProbe;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole adapter against botocore's client-side {@code EndpointRulesetResolver}: real service models (static,
 * context and operation-context params), client config turned into built-ins, and bad input — an invalid region,
 * a bucket that cannot be virtual-hosted, malformed ARNs — giving the rule set's own message, as botocore does.
 */
class BotocoreResolverParityTest {
    /** id, service, operation, params, region, endpoint_url, s3 config, other config, built-in overrides. */
    private static final String CASES = """
            [
             ["invalid region (s3)", "s3", "ListBuckets", {}, "us-west-2", null, {}, {}, {"AWS::Region": "us-west-2!"}],
             ["invalid region (s3control)", "s3control", "ListJobs", {"AccountId": "123456789012"}, "us-west-2", null, {}, {}, {"AWS::Region": "us-west-2!"}],
             ["invalid region in ARN", "s3", "GetObject", {"Bucket": "arn:aws:s3:us-west-2!:123456789012:accesspoint:x", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["bucket not virtual-hostable with virtual addressing and accelerate", "s3", "GetObject", {"Bucket": "my_bucket", "Key": "k"}, "us-west-2", null, {"addressing_style": "virtual", "use_accelerate_endpoint": true}, {}, {}],
             ["bucket not virtual-hostable with virtual addressing falls back to path", "s3", "GetObject", {"Bucket": "my_bucket", "Key": "k"}, "us-west-2", null, {"addressing_style": "virtual"}, {}, {}],
             ["ARN without access point name", "s3", "GetObject", {"Bucket": "arn:aws:s3:us-west-2:123456789012:accesspoint", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["ARN of another service", "s3", "GetObject", {"Bucket": "arn:aws:sqs:us-west-2:123456789012:accesspoint:x", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["ARN of unknown resource type", "s3", "GetObject", {"Bucket": "arn:aws:s3:us-west-2:123456789012:foo:x", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["virtual host with dots over http custom endpoint", "s3", "GetObject", {"Bucket": "my.bucket", "Key": "k"}, "us-west-2", "http://example.com", {"addressing_style": "virtual"}, {}, {}],
             ["custom endpoint defaults to path style", "s3", "GetObject", {"Bucket": "bucket", "Key": "k"}, "us-west-2", "http://127.0.0.1:5000", {}, {}, {}],
             ["us-east-1 legacy global endpoint", "s3", "ListBuckets", {}, "us-east-1", null, {}, {}, {}],
             ["us-east-1 regional endpoint", "s3", "GetObject", {"Bucket": "bucket", "Key": "k"}, "us-east-1", null, {"us_east_1_regional_endpoint": "regional"}, {}, {}],
             ["accelerate dualstack", "s3", "PutObject", {"Bucket": "bucket", "Key": "k"}, "us-west-2", null, {"use_accelerate_endpoint": true, "use_dualstack_endpoint": true}, {"use_dualstack_endpoint": true}, {}],
             ["access point ARN", "s3", "GetObject", {"Bucket": "arn:aws:s3:us-west-2:123456789012:accesspoint:myap", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["multi-region access point (sigv4a)", "s3", "GetObject", {"Bucket": "arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["MRAP disabled", "s3", "GetObject", {"Bucket": "arn:aws:s3::123456789012:accesspoint:mfzwi23gnjvgw.mrap", "Key": "k"}, "us-west-2", null, {"s3_disable_multiregion_access_points": true}, {}, {}],
             ["ARN region mismatch without use_arn_region", "s3", "GetObject", {"Bucket": "arn:aws:s3:eu-west-1:123456789012:accesspoint:myap", "Key": "k"}, "us-west-2", null, {"use_arn_region": false}, {}, {}],
             ["s3 express bucket", "s3", "GetObject", {"Bucket": "mybucket--usw2-az1--x-s3", "Key": "k"}, "us-west-2", null, {}, {}, {}],
             ["s3 fips dualstack", "s3", "GetObject", {"Bucket": "bucket", "Key": "k"}, "us-west-2", null, {}, {"use_fips_endpoint": true, "use_dualstack_endpoint": true}, {}],
             ["s3control account id host", "s3control", "ListJobs", {"AccountId": "123456789012"}, "us-west-2", null, {}, {}, {}],
             ["sts global endpoint legacy", "sts", "GetCallerIdentity", {}, "us-east-1", null, {}, {}, {"AWS::STS::UseGlobalEndpoint": true}],
             ["dynamodb account id endpoint", "dynamodb", "ListTables", {}, "us-east-1", null, {}, {}, {"AWS::Auth::AccountId": "123456789012", "AWS::Auth::AccountIdEndpointMode": "preferred"}],
             ["dynamodb operation context params", "dynamodb", "TransactGetItems", {"TransactItems": [{"Get": {"TableName": "arn:aws:dynamodb:us-east-1:222222222222:table/t", "Key": {}}}]}, "us-east-1", null, {}, {}, {"AWS::Auth::AccountIdEndpointMode": "preferred"}],
             ["dynamodb keys() operation context param", "dynamodb", "BatchGetItem", {"RequestItems": {"arn:aws:dynamodb:us-east-1:333333333333:table/t": {"Keys": []}}}, "us-east-1", null, {}, {}, {"AWS::Auth::AccountIdEndpointMode": "preferred"}],
             ["sqs custom endpoint", "sqs", "ListQueues", {}, "us-east-1", "http://localhost:4566", {}, {}, {}],
             ["sqs cn", "sqs", "ListQueues", {}, "cn-north-1", null, {}, {}, {}],
             ["lambda gov fips", "lambda", "ListFunctions", {}, "us-gov-west-1", null, {}, {"use_fips_endpoint": true}, {}]
            ]
            """;

    private static final String ORACLE = """
            import json, sys
            import botocore.session
            from botocore.config import Config
            session = botocore.session.get_session()
            out = []
            for (cid, svc, op, params, region, endpoint_url, s3cfg, cfg, builtins) in json.loads(sys.stdin.read()):
                config = Config(s3=s3cfg, **cfg)
                c = session.create_client(svc, region_name=region, endpoint_url=endpoint_url, config=config,
                                          aws_access_key_id='AKID', aws_secret_access_key='SECRET')
                resolver = c._ruleset_resolver
                resolver._builtins.update(builtins)
                try:
                    e = resolver.construct_endpoint(c.meta.service_model.operation_model(op), params, {})
                    out.append({'url': e.url, 'headers': e.headers, 'properties': e.properties})
                except Exception as ex:
                    cause = ex.__cause__ if ex.__cause__ is not None else ex
                    out.append({'error': cause.kwargs.get('msg', str(cause)) if hasattr(cause, 'kwargs') else str(cause)})
            print(json.dumps(out))
            """;

    private static JsonNode cases;
    private static JsonNode expected;

    @BeforeAll
    static void askBotocore() throws IOException {
        cases = Json.parse(CASES.getBytes());
        expected = Json.parse(Python.run(ORACLE, CASES).getBytes());
    }

    @TestFactory
    Stream<DynamicTest> adapterResolvesLikeBotocoresClientResolver() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            JsonNode want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(c.get(0).asString(), () -> {
                Client client = client(c);
                Map<String, Object> overrides = (Map) JsonTrees.toJava(c.get(8));
                if (!overrides.isEmpty()) {
                    // as the oracle updates botocore's resolver built-ins: through the documented event
                    client.meta().events().register("before-endpoint-resolution." + client.meta().serviceModel()
                            .eventName(), (name, kwargs) -> {
                                @SuppressWarnings("unchecked")
                                Map<String, Object> builtIns = (Map<String, Object>) kwargs.get("builtins");
                                builtIns.putAll(overrides);
                                return null;
                            });
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> call = (Map) JsonTrees.toJava(c.get(3));
                Map<String, Object> got = new LinkedHashMap<>();
                try {
                    ResolvedEndpoint e = EndpointProbe.resolve(client, c.get(2).asString(), call);
                    got.put("url", e.url());
                    got.put("headers", e.headers());
                    got.put("properties", e.properties());
                } catch (RuleSetError e) {
                    got.put("error", e.getMessage());
                }
                assertEquals(want, JsonTrees.fromJava(got));
            }));
        }
        return tests.stream();
    }

    /** A client made as the oracle makes botocore's: region, endpoint_url and Config(s3=..., **other). */
    @SuppressWarnings("unchecked")
    private static Client client(JsonNode c) {
        Map<String, Object> config = new LinkedHashMap<>((Map) JsonTrees.toJava(c.get(7)));
        config.put("s3", (Map) JsonTrees.toJava(c.get(6)));
        return Session.builder().regionName(c.get(4).asString()).awsAccessKeyId("AKID").awsSecretAccessKey("SECRET")
                .environment(Map.of()).build().client(c.get(1).asString(), ClientOptions.builder()
                        .endpointUrl(c.get(5).isNull() ? null : c.get(5).asString())
                        .config(Config.fromMap(config)).build());
    }

}
