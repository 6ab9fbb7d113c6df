package io.boto4j.internal.customizations;

import io.boto4j.testsupport.JacksonTrees;
import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import static org.junit.jupiter.api.Assertions.assertEquals;

import tools.jackson.core.type.TypeReference;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.HttpRequest;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import io.boto4j.testsupport.KnownFailures;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The requests the customizations shape, compared with botocore's: each scenario is called through boto4j with a
 * {@code before-send} handler that captures the signed request and stops the call, and through botocore with the
 * same handler in python. Method, URL, headers (but those that carry time, identity of the attempt or the
 * signature) and body must match; form bodies are compared field by field, and presigned URLs inside them
 * structurally (their date, credential scope date and signature depend on the clock).
 */
class CustomizationDifferentialTest {
    private static final Set<String> VOLATILE_HEADERS = Set.of("user-agent", "authorization", "x-amz-date",
            "amz-sdk-invocation-id", "amz-sdk-request", "content-length", "host", "x-amz-user-agent");
    /** Over plain HTTP botocore sends upload checksums as headers, not in an aws-chunked trailer. */
    private static final String PLAIN_HTTP = "http://127.0.0.1:9";
    private static final KnownFailures KNOWN = KnownFailures.forSuite("customizations-differential");
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger KNOWN_DIFFERENCES = new AtomicInteger();
    private static final String KEY_32 = "0123456789abcdef0123456789abcdef";

    private static final String ORACLE = """
            import json, sys, base64
            import botocore.session
            from botocore.config import Config
            class Captured(Exception):
                pass
            out = []
            for sc in json.loads(sys.stdin.read()):
                s = botocore.session.get_session()
                s.set_credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
                c = s.create_client(sc['service'], region_name=sc['region'], endpoint_url=sc.get('endpoint'),
                                    config=Config(s3=sc.get('s3')))
                seen = {}
                def capture(request, **kw):
                    seen['method'] = request.method
                    seen['url'] = request.url
                    seen['headers'] = {k.lower(): (v.decode() if isinstance(v, bytes) else v)
                                       for k, v in request.headers.items()}
                    body = request.body
                    if body is None:
                        body = b''
                    elif hasattr(body, 'read'):
                        body = body.read()
                    elif isinstance(body, str):
                        body = body.encode()
                    seen['body'] = base64.b64encode(body).decode()
                    raise Captured()
                c.meta.events.register('before-send', capture)
                try:
                    getattr(c, c.meta.method_to_api_mapping and
                            {v: k for k, v in c.meta.method_to_api_mapping.items()}[sc['operation']])(**sc['params'])
                except Captured:
                    pass
                except Exception as e:
                    seen = {'error': repr(e)}
                out.append(seen)
            print(json.dumps(out))
            """;

    private record Scenario(String id, String service, String region, String operation, Map<String, Object> params,
                            String endpoint, Map<String, Object> s3) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new TreeMap<>();
            m.put("service", service);
            m.put("region", region);
            m.put("operation", operation);
            m.put("params", params);
            if (endpoint != null) {
                m.put("endpoint", endpoint);
            }
            if (s3 != null) {
                m.put("s3", s3);
            }
            return m;
        }
    }

    private static final class Captured extends RuntimeException {
        final transient HttpRequest request;

        Captured(HttpRequest request) {
            super(null, null, false, false);
            this.request = request;
        }
    }

    private static Scenario sc(String id, String service, String region, String op, Map<String, Object> params) {
        return new Scenario(id, service, region, op, params, null, null);
    }

    private static final List<Scenario> SCENARIOS = List.of(
            sc("s3-list-objects-v2-asks-url-encoding", "s3", "us-west-2", "ListObjectsV2",
                    Map.of("Bucket", "bkt", "Prefix", "a b/ü")),
            sc("s3-list-objects-keeps-the-callers-encoding", "s3", "us-west-2", "ListObjects",
                    Map.of("Bucket", "bkt", "EncodingType", "url")),
            sc("s3-list-object-versions-asks-url-encoding", "s3", "us-west-2", "ListObjectVersions",
                    Map.of("Bucket", "bkt")),
            new Scenario("s3-put-object-sse-c-key-and-md5", "s3", "us-west-2", "PutObject",
                    Map.of("Bucket", "bkt", "Key", "k", "Body", "hello", "SSECustomerAlgorithm", "AES256",
                            "SSECustomerKey", KEY_32), PLAIN_HTTP, null),
            sc("s3-get-object-sse-c-with-callers-md5", "s3", "us-west-2", "GetObject",
                    Map.of("Bucket", "bkt", "Key", "k", "SSECustomerAlgorithm", "AES256",
                            "SSECustomerKey", "a2V5", "SSECustomerKeyMD5", "bWQ1")),
            sc("s3-copy-object-source-as-map", "s3", "us-west-2", "CopyObject",
                    Map.of("Bucket", "bkt", "Key", "dst", "CopySource",
                            Map.of("Bucket", "src", "Key", "a b/ü+~&.txt", "VersionId", "v1"),
                            "CopySourceSSECustomerAlgorithm", "AES256", "CopySourceSSECustomerKey", KEY_32)),
            sc("s3-copy-object-source-as-string", "s3", "us-west-2", "CopyObject",
                    Map.of("Bucket", "bkt", "Key", "dst", "CopySource", "src/a b/ü.txt?versionId=v2")),
            sc("s3-upload-part-copy-source-as-map", "s3", "us-west-2", "UploadPartCopy",
                    Map.of("Bucket", "bkt", "Key", "dst", "UploadId", "u", "PartNumber", 1,
                            "CopySource", Map.of("Bucket", "src", "Key", "k k"))),
            sc("s3-delete-objects-carries-a-checksum", "s3", "us-west-2", "DeleteObjects",
                    Map.of("Bucket", "bkt", "Delete", Map.of("Objects", List.of(Map.of("Key", "a"),
                            Map.of("Key", "b&c\r\n"))))),
            sc("s3-put-bucket-lifecycle-carries-a-checksum", "s3", "us-west-2", "PutBucketLifecycleConfiguration",
                    Map.of("Bucket", "bkt", "LifecycleConfiguration", Map.of("Rules", List.of(Map.of("ID", "r",
                            "Status", "Enabled", "Filter", Map.of("Prefix", "logs/"),
                            "Expiration", Map.of("Days", 30)))))),
            sc("s3-expected-bucket-owner-passes-through", "s3", "us-west-2", "GetObject",
                    Map.of("Bucket", "bkt", "Key", "k", "ExpectedBucketOwner", "111122223333")),
            new Scenario("s3-upload-part-expects-continue", "s3", "us-west-2", "UploadPart",
                    Map.of("Bucket", "bkt", "Key", "k", "UploadId", "u", "PartNumber", 2, "Body", "part"), PLAIN_HTTP,
                    null),
            new Scenario("s3-accelerate-endpoint", "s3", "us-west-2", "GetObject", Map.of("Bucket", "bkt", "Key", "k"),
                    null, Map.of("use_accelerate_endpoint", true)),
            new Scenario("s3-path-style-addressing", "s3", "us-west-2", "GetObject",
                    Map.of("Bucket", "bkt", "Key", "a/b c"), null, Map.of("addressing_style", "path")),
            new Scenario("s3-us-east-1-regional-endpoint", "s3", "us-east-1", "HeadBucket", Map.of("Bucket", "bkt"),
                    null, Map.of("us_east_1_regional_endpoint", "regional")),
            new Scenario("s3-payload-signing-over-https", "s3", "us-west-2", "PutObject",
                    Map.of("Bucket", "bkt", "Key", "k", "Body", "signed body"), null,
                    Map.of("payload_signing_enabled", true)),
            sc("glacier-account-id-and-version-header", "glacier", "us-east-1", "ListVaults", Map.of()),
            sc("glacier-upload-archive-tree-hash", "glacier", "us-east-1", "UploadArchive",
                    Map.of("vaultName", "v", "body", "x".repeat(3 * 1024 * 1024 + 17))),
            sc("glacier-upload-part-keeps-callers-checksum", "glacier", "us-east-1", "UploadMultipartPart",
                    Map.of("vaultName", "v", "uploadId", "u", "range", "bytes 0-3/*", "body", "abcd",
                            "checksum", "0000")),
            sc("route53-hosted-zone-id-prefix-stripped", "route53", "us-east-1", "GetHostedZone",
                    Map.of("Id", "/hostedzone/Z123")),
            sc("route53-change-id-prefix-stripped", "route53", "us-east-1", "GetChange", Map.of("Id", "/change/C1")),
            sc("route53-delegation-set-id-prefix-stripped", "route53", "us-east-1", "GetReusableDelegationSet",
                    Map.of("Id", "/delegationset/N1")),
            sc("route53-change-record-sets-zone-id", "route53", "us-east-1", "ChangeResourceRecordSets",
                    Map.of("HostedZoneId", "/hostedzone/Z9", "ChangeBatch", Map.of("Changes", List.of(Map.of(
                            "Action", "UPSERT", "ResourceRecordSet", Map.of("Name", "a.example.com.", "Type", "A",
                                    "TTL", 60, "ResourceRecords", List.of(Map.of("Value", "10.0.0.1")))))))),
            sc("ec2-run-instances-user-data-base64", "ec2", "us-west-2", "RunInstances",
                    Map.of("ImageId", "ami-1", "MinCount", 1, "MaxCount", 1, "UserData", "#!/bin/sh\necho hé",
                            "ClientToken", "token-1")),
            sc("ec2-copy-snapshot-presigned-source", "ec2", "us-west-2", "CopySnapshot",
                    Map.of("SourceRegion", "us-east-1", "SourceSnapshotId", "snap-1", "Description", "a b")),
            sc("ec2-copy-snapshot-keeps-callers-url", "ec2", "us-west-2", "CopySnapshot",
                    Map.of("SourceRegion", "us-east-1", "SourceSnapshotId", "snap-1", "PresignedUrl", "https://x")),
            sc("autoscaling-launch-configuration-user-data", "autoscaling", "us-west-2", "CreateLaunchConfiguration",
                    Map.of("LaunchConfigurationName", "lc", "UserData", "echo hi")),
            sc("rds-copy-db-snapshot-presigned-source", "rds", "us-west-2", "CopyDBSnapshot",
                    Map.of("SourceDBSnapshotIdentifier", "arn:aws:rds:us-east-1:123456789012:snapshot:s",
                            "TargetDBSnapshotIdentifier", "t", "SourceRegion", "us-east-1")),
            sc("rds-create-read-replica-presigned-source", "rds", "eu-west-1", "CreateDBInstanceReadReplica",
                    Map.of("DBInstanceIdentifier", "r", "SourceDBInstanceIdentifier",
                            "arn:aws:rds:us-east-1:123456789012:db:src", "SourceRegion", "us-east-1")),
            sc("rds-copy-without-source-region-untouched", "rds", "us-west-2", "CopyDBClusterSnapshot",
                    Map.of("SourceDBClusterSnapshotIdentifier", "a", "TargetDBClusterSnapshotIdentifier", "b")),
            sc("neptune-copy-cluster-snapshot-presigned-source", "neptune", "us-west-2", "CopyDBClusterSnapshot",
                    Map.of("SourceDBClusterSnapshotIdentifier", "arn:aws:rds:us-east-1:123456789012:cluster-snapshot:s",
                            "TargetDBClusterSnapshotIdentifier", "t", "SourceRegion", "us-east-1")),
            sc("docdb-create-cluster-presigned-source", "docdb", "us-west-2", "CreateDBCluster",
                    Map.of("DBClusterIdentifier", "c", "Engine", "docdb", "SourceRegion", "us-east-1")),
            sc("apigateway-accept-json", "apigateway", "us-east-1", "GetRestApis", Map.of()),
            new Scenario("cloudsearchdomain-search-as-post", "cloudsearchdomain", "us-east-1", "Search",
                    Map.of("query", "star wars & more", "size", 5), "https://search-x.us-east-1.cloudsearch.amazonaws.com",
                    null),
            sc("sts-web-identity-unsigned", "sts", "us-east-1", "AssumeRoleWithWebIdentity",
                    Map.of("RoleArn", "arn:aws:iam::123456789012:role/r", "RoleSessionName", "session",
                            "WebIdentityToken", "web-token")),
            sc("cognito-identity-get-id-unsigned", "cognito-identity", "us-east-1", "GetId",
                    Map.of("IdentityPoolId", "us-east-1:0000")),
            sc("ec2-filters-alias-of-filter", "ec2", "us-west-2", "DescribeNatGateways",
                    Map.of("Filters", List.of(Map.of("Name", "state", "Values", List.of("available"))))),
            sc("logs-create-export-task-from-time-alias", "logs", "us-east-1", "CreateExportTask",
                    Map.of("logGroupName", "g", "fromTime", 1, "to", 2, "destination", "bkt")),
            new Scenario("cloudsearchdomain-return-fields-alias", "cloudsearchdomain", "us-east-1", "Search",
                    Map.of("query", "q", "returnFields", "title"), "https://search-x.us-east-1.cloudsearch.amazonaws.com",
                    null),
            sc("machinelearning-predict-goes-to-its-endpoint", "machinelearning", "us-east-1", "Predict",
                    Map.of("MLModelId", "m", "Record", Map.of("a", "1"),
                            "PredictEndpoint", "https://realtime.machinelearning.us-east-1.amazonaws.com")),
            sc("s3-us-east-1-global-endpoint-by-default", "s3", "us-east-1", "GetObject",
                    Map.of("Bucket", "bkt", "Key", "k")),
            new Scenario("s3-ascii-metadata", "s3", "us-west-2", "CreateMultipartUpload",
                    Map.of("Bucket", "bkt", "Key", "k", "Metadata", Map.of("owner", "me")), PLAIN_HTTP, null),
            sc("s3control-account-id-host-prefix", "s3control", "us-west-2", "ListAccessPoints",
                    Map.of("AccountId", "123456789012")),
            sc("sqs-send-message", "sqs", "us-east-1", "SendMessage",
                    Map.of("QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody", "hi")));

    private static List<Map<String, Object>> botocore;

    @BeforeAll
    static void askBotocore() throws IOException {
        String out = Python.run(ORACLE, Json.write(SCENARIOS.stream().map(Scenario::toJson).toList()));
        botocore = Json.mapper().readValue(out, new TypeReference<>() {
        });
    }

    @TestFactory
    Stream<DynamicTest> requestsMatchBotocores() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < SCENARIOS.size(); i++) {
            Scenario s = SCENARIOS.get(i);
            Map<String, Object> want = botocore.get(i);
            if (want.containsKey("error")) {
                throw new IllegalStateException(s.id() + ": botocore failed: " + want.get("error"));
            }
            tests.add(DynamicTest.dynamicTest(s.id(), () -> compare(s.id(), normalize(want), normalize(boto4j(s)))));
        }
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    @AfterAll
    static void printCounts() {
        System.out.printf("customizations-differential: %d passed, %d failed, %d known differences%n", PASSED.get(),
                SCENARIOS.size() - PASSED.get(), KNOWN_DIFFERENCES.get());
    }

    /**
     * Aspects listed in known-failures.json (suite {@code customizations-differential}, id
     * {@code <scenario>#<header or body>}) must still differ as recorded, and are then left out; everything else
     * must match.
     */
    @SuppressWarnings("unchecked")
    private static void compare(String id, Map<String, Object> want, Map<String, Object> got) {
        List<String> listed = new java.util.ArrayList<>();
        for (String aspect : List.of("body", "content-type", "x-amz-sdk-checksum-algorithm", "content-encoding",
                "transfer-encoding", "x-amz-content-sha256", "x-amz-decoded-content-length", "x-amz-trailer",
                "x-amz-checksum-crc32")) {
            if (!KNOWN.isListed(id + "#" + aspect)) {
                continue;
            }
            Map<String, Object> wantPart = aspect.equals("body") ? want : (Map<String, Object>) want.get("headers");
            Map<String, Object> gotPart = aspect.equals("body") ? got : (Map<String, Object>) got.get("headers");
            Object w = wantPart.remove(aspect);
            Object g = gotPart.remove(aspect);
            try {
                KNOWN.verify("", id + "#" + aspect, java.util.Objects.equals(w, g) ? null
                        : "botocore " + aspect + "=" + w + ", boto4j " + aspect + "=" + g);
                KNOWN_DIFFERENCES.incrementAndGet();
            } catch (AssertionError e) {
                listed.add(e.getMessage());
            }
        }
        if (!listed.isEmpty()) {
            throw new AssertionError(String.join("\n", listed));
        }
        assertEquals(want, got, id);
        PASSED.incrementAndGet();
    }

    private static Map<String, Object> boto4j(Scenario s) {
        Config.Builder config = Config.builder();
        if (s.s3() != null) {
            config.s3(s.s3());
        }
        Client client = Session.builder().regionName(s.region()).awsAccessKeyId("AKIDEXAMPLE")
                .awsSecretAccessKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY").environment(Map.of()).build()
                .client(s.service(), ClientOptions.builder().endpointUrl(s.endpoint()).config(config.build()).build());
        client.meta().events().register("before-send", event -> {
            throw new Captured(event.request().build());
        });
        try {
            client.call(s.operation(), (Map<String, Object>) JacksonTrees.plain(s.params()));
            throw new AssertionError(s.id() + ": the call was not captured");
        } catch (Captured c) {
            HttpRequest r = c.request;
            Map<String, Object> m = new TreeMap<>();
            m.put("method", r.method());
            m.put("url", r.uri().toString());
            m.put("headers", r.headers().toLowerCaseMap());
            try (InputStream in = r.body().newStream()) {
                m.put("body", java.util.Base64.getEncoder().encodeToString(in.readAllBytes()));
            } catch (IOException | JacksonException e) {
                throw new UncheckedIOException(Json.io(e));
            }
            return m;
        }
    }

    /** What must match: volatile headers dropped, signing noted as a flag, form bodies as fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalize(Map<String, Object> request) {
        Map<String, Object> out = new TreeMap<>();
        out.put("method", request.get("method"));
        out.put("url", request.get("url"));
        Map<String, Object> headers = new TreeMap<>();
        ((Map<String, Object>) request.get("headers")).forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (!VOLATILE_HEADERS.contains(name)) {
                headers.put(name, String.valueOf(v));
            }
        });
        out.put("headers", headers);
        out.put("signed", ((Map<String, Object>) request.get("headers")).keySet().stream()
                .anyMatch(h -> h.equalsIgnoreCase("authorization")));
        byte[] body = java.util.Base64.getDecoder().decode((String) request.get("body"));
        String contentType = String.valueOf(headers.get("content-type"));
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            Map<String, String> fields = new TreeMap<>();
            form(new String(body, StandardCharsets.UTF_8)).forEach((k, v) ->
                    fields.put(k, k.equalsIgnoreCase("PresignedUrl") ? presignedShape(v) : v));
            out.put("form", fields);
        } else if (contentType.contains("json") && body.length > 0) {
            try {
                out.put("json", JsonTrees.read(body));
            } catch (JacksonException e) {
                throw new UncheckedIOException(Json.io(e));
            }
        } else {
            out.put("body", new String(body, StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    private static Map<String, String> form(String text) {
        Map<String, String> fields = new TreeMap<>();
        for (String pair : text.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** A presigned URL without what depends on the clock: host, path and every query field but date and signature. */
    private static String presignedShape(String url) {
        if (!url.contains("X-Amz-Signature")) {
            return url;
        }
        URI uri = URI.create(url);
        Map<String, String> query = form(uri.getRawQuery());
        query.remove("X-Amz-Date");
        query.remove("X-Amz-Signature");
        query.computeIfPresent("X-Amz-Credential", (k, v) -> v.replaceAll("/\\d{8}/", "/DATE/"));
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + query;
    }
}
