package io.boto4j.internal.auth.signer;

import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.internal.endpoints.EndpointParams;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.Python;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * S3 POST policies: for the same inputs and frozen time, boto4j's form fields (policy and signature included) equal
 * botocore's {@code generate_presigned_post} (signature_version s3v4; botocore uses SigV2 when none is set); and a browser-style multipart POST with boto4j's fields stores an
 * object in moto, which a boto4j presigned GET then reads back.
 */
class PresignedPostTest {
    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
    private static final SigningCredentials CREDS = new SigningCredentials("AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "SESSIONTOKEN");

    private static final String ORACLE = """
            import json, sys, datetime
            import botocore.auth, botocore.signers, botocore.session
            from botocore.config import Config
            frozen = datetime.datetime(2026, 11, 26, 6, 0, 0)
            botocore.auth.get_current_datetime = lambda *a, **k: frozen
            botocore.signers.get_current_datetime = lambda *a, **k: frozen
            req = json.loads(sys.stdin.read())
            c = botocore.session.get_session().create_client('s3', region_name=req['region'],
                    endpoint_url=req.get('endpoint'), aws_access_key_id='AKIDEXAMPLE',
                    aws_secret_access_key='wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', aws_session_token='SESSIONTOKEN',
                    config=Config(signature_version='s3v4'))
            print(json.dumps(c.generate_presigned_post(req['bucket'], req['key'], Fields=req['fields'],
                    Conditions=req['conditions'], ExpiresIn=req['expires'])))
            """;

    private static PostPolicy.PresignedPost boto4j(String region, String endpoint, String bucket, String key,
                                                   Map<String, String> fields, List<Object> conditions, int expires,
                                                   Clock clock) {
        Loader loader = Loader.fromEnvironment();
        ServiceData data = loader.loadServiceData("s3", "service-2", null);
        ServiceModel s3 = ModelTrees.parse("s3", data.bytes(), data.origin(), data.extras());
        EndpointResolver resolver = EndpointResolver.shared("s3/" + data.apiVersion(),
                loader.loadServiceModel("s3", "endpoint-rule-set-1", data.apiVersion()), loader.loadData("partitions"),
                Set.of("ForcePathStyle", "Accelerate", "UseArnRegion", "DisableMultiRegionAccessPoints"));
        EndpointParams params = EndpointParams.builder().region(region).endpointUrl(endpoint).build();
        Map<String, Object> builtIns = new HashMap<>(params.builtIns());
        if (endpoint == null && "aws".equals(EndpointResolver.partitions(loader.loadData("partitions"))
                .partitionOf(region).get("name"))) {
            builtIns.put("AWS::Region", "aws-global"); // botocore's S3 presign customization
            builtIns.put("AWS::S3::UseGlobalEndpoint", true);
        }
        String url = resolver.resolve(builtIns, Map.of(), true, s3.operationModel("CreateBucket"),
                Map.of("Bucket", bucket)).url();
        if (URI.create(url).getRawPath().isEmpty()) {
            url = url + "/"; // CreateBucket's serialized path, as the request URL the policy posts to
        }
        SigningContext ctx = SigningContext.builder().credentials(CREDS).signingName("s3").region(region)
                .clock(clock).build();
        return PostPolicy.presign(url, bucket, key, fields, conditions, Duration.ofSeconds(expires), ctx);
    }

    @Test
    void fieldsPolicyAndSignatureEqualBotocores() throws Exception {
        List<List<Object>> cases = List.of(
                List.of("us-west-2", "bucket", "uploads/${filename}", Map.of("acl", "public-read"),
                        List.of(Map.of("acl", "public-read"), List.of("content-length-range", 1, 1048576)), 3600),
                List.of("us-east-1", "my-bucket", "plain-key.txt", Map.of(), List.of(), 60),
                List.of("eu-west-1", "bucket", "ключ/\"quoted\".txt", Map.of("Content-Type", "text/plain"),
                        List.of(List.of("starts-with", "$Content-Type", "text/")), 604800));
        for (List<Object> c : cases) {
            Map<String, Object> req = new LinkedHashMap<>();
            req.put("region", c.get(0));
            req.put("bucket", c.get(1));
            req.put("key", c.get(2));
            req.put("fields", c.get(3));
            req.put("conditions", c.get(4));
            req.put("expires", c.get(5));
            JsonNode want = Json.parse(Python.run(ORACLE, Json.write(req)).getBytes(StandardCharsets.UTF_8));
            @SuppressWarnings("unchecked")
            PostPolicy.PresignedPost got = boto4j((String) c.get(0), null, (String) c.get(1), (String) c.get(2),
                    (Map<String, String>) c.get(3), (List<Object>) c.get(4), (Integer) c.get(5),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            assertEquals(want.get("url").asString(), got.url(), c.toString());
            assertEquals(want.get("fields"), JsonTrees.fromJava(got.fields()), c.toString());
        }
    }

    @Test
    void aBrowserStylePostWithTheFieldsStoresTheObjectInMoto() throws Exception {
        MotoServer moto = MotoServer.shared();
        String bucket = "post-" + Long.toHexString(System.nanoTime());
        Python.run("""
                import boto3, sys
                boto3.client('s3', region_name='us-east-1', endpoint_url=sys.argv[0] if False else '%s',
                    aws_access_key_id='a', aws_secret_access_key='b').create_bucket(Bucket='%s')
                """.formatted(moto.endpoint(), bucket), "");
        PostPolicy.PresignedPost post = boto4j("us-east-1", moto.endpoint(), bucket, "forms/${filename}", Map.of(),
                List.of(List.of("content-length-range", 1, 1024)), 300, Clock.systemUTC());
        String boundary = "----boto4j" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : post.fields().entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hello.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\nposted by a form\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(post.url()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(posted.statusCode() == 204 || posted.statusCode() == 201 || posted.statusCode() == 200,
                posted.statusCode() + " " + posted.body());
        String stored = Python.run("""
                import boto3
                print(boto3.client('s3', region_name='us-east-1', endpoint_url='%s', aws_access_key_id='a',
                    aws_secret_access_key='b').get_object(Bucket='%s', Key='forms/hello.txt')['Body'].read().decode(),
                    end='')
                """.formatted(moto.endpoint(), bucket), "");
        assertEquals("posted by a form", stored);
    }
}
