package io.boto4j.internal.auth;

import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.endpoints.EndpointParams;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Auth-scheme selection against botocore: botocore signs real calls (the request is captured at
 * {@code before-send} and never sent) and its Authorization header shows the algorithm, signing region and name;
 * boto4j's selector, given the same model, endpoint and config, picks the same — or no signature where the model
 * says {@code none}.
 */
class BotocoreAuthSelectionParityTest {
    /** id, service, operation, params, region, configured signature version. */
    private static final String CASES = """
            [
             ["json protocol service", "sqs", "ListQueues", {}, "us-west-2", null],
             ["signing name differs from endpoint prefix", "sesv2", "ListEmailIdentities", {}, "eu-west-1", null],
             ["query protocol", "sts", "GetCallerIdentity", {}, "ap-southeast-2", null],
             ["explicit v4", "sts", "GetCallerIdentity", {}, "us-east-1", "v4"],
             ["operation without auth", "cognito-identity", "GetId", {"IdentityPoolId": "us-east-1:1"}, "us-east-1", null],
             ["unsigned config", "sqs", "ListQueues", {}, "us-east-1", "UNSIGNED"],
             ["s3 signer for s3", "s3", "ListBuckets", {}, "us-east-1", null],
             ["s3 access point in another region signs for the ARN region", "s3", "GetObject", {"Bucket": "arn:aws:s3:eu-central-1:123456789012:accesspoint:ap", "Key": "k"}, "us-west-2", null],
             ["s3control signs as s3", "s3control", "ListJobs", {"AccountId": "123456789012"}, "us-west-2", null],
             ["gov cloud", "lambda", "ListFunctions", {}, "us-gov-west-1", null],
             ["china", "ec2", "DescribeRegions", {}, "cn-north-1", null]
            ]
            """;

    private static final String ORACLE = """
            import json, sys, botocore.session, botocore
            from botocore.config import Config
            from botocore.awsrequest import AWSResponse
            class Captured(Exception):
                pass
            out = []
            s = botocore.session.get_session()
            for (cid, svc, op, params, region, sigv) in json.loads(sys.stdin.read()):
                cfg = Config(signature_version=(botocore.UNSIGNED if sigv == 'UNSIGNED' else sigv)) if sigv else None
                c = s.create_client(svc, region_name=region, aws_access_key_id='AKIDEXAMPLE',
                                    aws_secret_access_key='SECRET', config=cfg)
                seen = {}
                def capture(request, **kw):
                    seen['headers'] = {k.lower(): (v.decode() if isinstance(v, bytes) else v) for k, v in request.headers.items()}
                    raise Captured()
                c.meta.events.register('before-send', capture)
                try:
                    getattr(c, botocore.xform_name(op))(**params)
                except Captured:
                    pass
                h = seen.get('headers', {})
                auth = h.get('authorization')
                if auth is None:
                    out.append({'scheme': 'none'})
                else:
                    cred = auth.split('Credential=')[1].split(',')[0].split('/')
                    out.append({'scheme': auth.split(' ')[0], 'region': cred[2], 'service': cred[3],
                                'contentSha256Header': 'x-amz-content-sha256' in h})
            print(json.dumps(out))
            """;

    /** The S3 customization's part: botocore pins these signing names to S3's signer and S3's clients to s3v4. */
    private static final Set<String> S3_SIGNING_NAMES = Set.of("s3", "s3-outposts", "s3-object-lambda", "s3express");

    @TestFactory
    Stream<DynamicTest> selectorPicksBotocoresSchemeRegionAndName() throws IOException {
        JsonNode cases = Json.parse(CASES.getBytes());
        JsonNode expected = Json.parse(Python.run(ORACLE, CASES).getBytes());
        Loader loader = Loader.fromEnvironment();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = cases.get(i);
            JsonNode want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(c.get(0).asString(), () -> {
                String svc = c.get(1).asString();
                String region = c.get(4).asString();
                String configured = c.get(5).isNull() ? null : c.get(5).asString();
                ServiceData data = loader.loadServiceData(svc, "service-2", null);
                ServiceModel model = ModelTrees.parse(svc, data.bytes(), data.origin(), data.extras());
                JsonNode raw = loader.loadServiceModel(svc, "service-2", data.apiVersion());
                Set<String> ccp = new HashSet<>();
                raw.path("clientContextParams").propertyNames().iterator().forEachRemaining(ccp::add);
                EndpointResolver resolver = EndpointResolver.shared(svc + "/" + data.apiVersion(),
                        loader.loadServiceModel(svc, "endpoint-rule-set-1", data.apiVersion()),
                        loader.loadData("partitions"), ccp);
                OperationModel op = model.operationModel(c.get(2).asString());
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map) JsonTrees.toJava(c.get(3));
                ResolvedEndpoint endpoint = resolver.resolve(EndpointParams.builder().region(region).build(), op,
                        params);
                String clientVersion = configured == null && Set.of("s3", "s3control").contains(svc) ? "s3v4"
                        : AuthSchemeSelector.clientSignatureVersion(configured, model);
                AuthSelection sel = new AuthSchemeSelector(clientVersion, configured, null, null, model, region,
                        S3_SIGNING_NAMES).select(op, endpoint);
                Map<String, Object> got = new java.util.LinkedHashMap<>();
                if (sel.scheme() == SignatureScheme.NONE) {
                    got.put("scheme", "none");
                } else {
                    got.put("scheme", sel.scheme() == SignatureScheme.SIGV4A ? "AWS4-ECDSA-P256-SHA256"
                            : "AWS4-HMAC-SHA256");
                    got.put("region", sel.signingRegion());
                    got.put("service", sel.signingName());
                    got.put("contentSha256Header", sel.s3Rules());
                }
                assertEquals(want, JsonTrees.fromJava(got));
            }));
        }
        return tests.stream();
    }
}
