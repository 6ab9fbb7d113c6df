package io.boto4j.internal.auth.signer;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.auth.AuthSchemeSelector;
import io.boto4j.internal.auth.AuthSelection;
import io.boto4j.internal.auth.PayloadSigning;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.internal.customizations.s3.S3EndpointBuiltIns;
import io.boto4j.internal.endpoints.EndpointParams;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.http.HttpRequest;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.Python;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Presigned S3 GET URLs: one made by boto4j downloads an object from moto with a plain HTTP client, and for the
 * same credentials, frozen time and inputs botocore's {@code generate_presigned_url} (signature_version s3v4; botocore
 * presigns S3 with SigV2 when none is configured) makes the identical URL.
 */
class PresignedUrlTest {
    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
    private static final SigningCredentials CREDS = new SigningCredentials("AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "FQoGZXIvYXdzEPT//////////wEaDEXAMPLETOKEN==");
    private static final String KEY = "dir/a b+c~ü=x&y.txt";

    private static final String ORACLE = """
            import json, sys, datetime
            import botocore.auth, botocore.session
            from botocore.config import Config
            req = json.loads(sys.stdin.read())
            frozen = datetime.datetime(2026, 11, 26, 6, 0, 0)
            botocore.auth.get_current_datetime = lambda *a, **k: frozen
            s = botocore.session.get_session()
            c = s.create_client('s3', region_name=req['region'], endpoint_url=req.get('endpoint'),
                                aws_access_key_id=req['ak'], aws_secret_access_key=req['sk'],
                                aws_session_token=req['token'], config=Config(signature_version='s3v4', s3=req.get('s3', {})))
            if req.get('put'):
                c.create_bucket(Bucket=req['bucket'])
                c.put_object(Bucket=req['bucket'], Key=req['key'], Body=req['put'].encode())
            print(c.generate_presigned_url('get_object', Params={'Bucket': req['bucket'], 'Key': req['key']},
                                           ExpiresIn=req['expires']))
            """;

    private static ServiceModel s3;
    private static EndpointResolver resolver;

    @BeforeAll
    static void loadS3() {
        Loader loader = Loader.fromEnvironment();
        ServiceData data = loader.loadServiceData("s3", "service-2", null);
        s3 = ModelTrees.parse("s3", data.bytes(), data.origin(), data.extras());
        resolver = EndpointResolver.shared("s3/" + data.apiVersion(),
                loader.loadServiceModel("s3", "endpoint-rule-set-1", data.apiVersion()), loader.loadData("partitions"),
                Set.of("ForcePathStyle", "Accelerate", "UseArnRegion", "DisableMultiRegionAccessPoints",
                        "DisableS3ExpressSessionAuth"));
    }

    /**
     * What a client's generatePresignedUrl does: resolve the endpoint (with botocore's S3 presign customization:
     * in the aws partition, a virtual-hostable bucket uses the global endpoint, region aws-global), add the key
     * path, select the signer keeping the client's signing region, presign.
     */
    static URI presign(String region, String endpointUrl, String bucket, String key, int expires, Clock clock) {
        OperationModel op = s3.operationModel("GetObject");
        // an S3 client's built-ins: the generic ones and those of the S3 customization
        EndpointParams params = EndpointParams.builder().region(region).endpointUrl(endpointUrl)
                .builtIns(S3EndpointBuiltIns.of(Map.of(), null, endpointUrl, region, false, null)).build();
        Map<String, Object> builtIns = new java.util.HashMap<>(params.builtIns());
        boolean aws = "aws".equals(EndpointResolver.partitions(Loader.fromEnvironment().loadData("partitions"))
                .partitionOf(region).get("name"));
        boolean pathStyle = Boolean.TRUE.equals(builtIns.get("AWS::S3::ForcePathStyle"))
                || !bucket.matches("^(?!-)[a-zA-Z\\d-]{1,63}(?<!-)$");
        if (aws && !pathStyle) {
            builtIns.put("AWS::Region", "aws-global");
            builtIns.put("AWS::S3::UseGlobalEndpoint", true);
        }
        Map<String, Object> call = Map.of("Bucket", bucket, "Key", key);
        ResolvedEndpoint endpoint = resolver.resolve(builtIns, params.clientContext(), true, op, call);
        String url = endpoint.url() + "/" + Canonical.encode(key, true).replace("%7E", "~");
        HttpRequest request = HttpRequest.builder().method("GET").uri(url).build();
        AuthSelection auth = new AuthSchemeSelector("s3v4", null, null, null, s3, region, Set.of("s3"))
                .select(op, endpoint, true);
        SigningContext ctx = auth.toContext().credentials(CREDS).payloadSigning(PayloadSigning.UNSIGNED)
                .clock(clock).build();
        return Presigner.presign(request, ctx, Duration.ofSeconds(expires));
    }

    static URI presign(String region, String endpointUrl, String bucket, String key, int expires) {
        return presign(region, endpointUrl, bucket, key, expires, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String botocore(Map<String, Object> req) {
        Map<String, Object> full = new java.util.HashMap<>(req);
        full.put("ak", CREDS.accessKey());
        full.put("sk", CREDS.secretKey());
        full.put("token", CREDS.sessionToken());
        return Python.run(ORACLE, Json.write(full)).trim();
    }

    @Test
    void presignedGetDownloadsTheObjectFromMotoWithAPlainHttpClient() throws Exception {
        MotoServer moto = MotoServer.shared();
        String bucket = "presign-" + Long.toHexString(System.nanoTime());
        String body = "hello from boto3 " + bucket;
        String botocoreUrl = botocore(Map.of("region", "us-east-1", "endpoint", moto.endpoint(), "bucket", bucket,
                "key", KEY, "put", body, "expires", 900));
        // moto checks signatures against the real time, so sign now rather than at the frozen instant
        URI url = presignAtRealTime("us-east-1", moto.endpoint(), bucket, KEY, 900);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(body, response.body());
        // and the frozen-time URL is botocore's, byte for byte
        assertEquals(botocoreUrl, presign("us-east-1", moto.endpoint(), bucket, KEY, 900).toString());
    }

    private static URI presignAtRealTime(String region, String endpointUrl, String bucket, String key, int expires) {
        return presign(region, endpointUrl, bucket, key, expires, Clock.systemUTC());
    }

    @Test
    void presignedUrlsEqualBotocoresForAwsEndpointsAcrossRegions() {
        for (List<Object> c : List.of(
                List.<Object>of("us-west-2", "my-bucket", "photos/2026/cat.jpg", 3600),
                List.<Object>of("us-east-1", "my.dotted.bucket", KEY, 60),
                List.<Object>of("eu-central-1", "bucket", "k", 604800),
                List.<Object>of("cn-north-1", "bucket", "a/b/../c", 100))) {
            String want = botocore(Map.of("region", c.get(0), "bucket", c.get(1), "key", c.get(2),
                    "expires", c.get(3)));
            assertEquals(want, presign((String) c.get(0), null, (String) c.get(1), (String) c.get(2),
                    (Integer) c.get(3)).toString(), c.toString());
        }
    }

    @Test
    void expiryOutsideOneSecondToSevenDaysIsRejectedWithTheLimit() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> presign("us-west-2", null, "b", "k", 604801));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("604800"), e.getMessage());
    }

}
