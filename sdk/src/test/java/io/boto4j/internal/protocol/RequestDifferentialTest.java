package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.HttpRequest;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Whole requests against botocore 1.43: generated valid inputs for every operation (up to a cap) of 34 services
 * covering every protocol a real client speaks (query, ec2, json, rest-json, rest-xml; the cbor-capable services
 * resolve to json, as in botocore), called on a real boto4j client and a real botocore client (one python process for
 * all of them) and captured at {@code before-send}. Method, URL and body must be equal, and so must every header
 * present on either side: a header only one side sends is a difference. Only what depends on the clock, the
 * signature or the SDK's identity is left out. A difference listed in {@code known-failures.json} (suite
 * {@code request-differential}, id {@code service.Operation}) must still show.
 */
class RequestDifferentialTest {
    private static final KnownFailures KNOWN = KnownFailures.forSuite("request-differential");
    private static final int OPERATIONS_PER_SERVICE = 40;
    private static final int INPUTS_PER_OPERATION = 3;
    /** Headers that differ by clock, signature or SDK identity. */
    private static final Set<String> VOLATILE = Set.of("user-agent", "authorization", "x-amz-date",
            "amz-sdk-invocation-id", "amz-sdk-request", "x-amz-user-agent", "x-amz-security-token");
    private static final String FIXED_TOKEN = "00000000-0000-4000-8000-000000000000";
    /** An IP endpoint, where a host prefix makes a host java.net.URI calls registry-based ("stream-127.0.0.1"). */
    private static final String IP_ENDPOINT = "http://127.0.0.1:4510";

    private static final List<String> SERVICES = List.of(
            "sns", "iam", "sts", "cloudformation", "autoscaling", "elbv2", "rds", "ses",      // query
            "ec2",                                                                             // ec2
            "dynamodb", "kms", "logs", "secretsmanager", "ssm", "kinesis", "firehose", "ecs", // json
            "events", "stepfunctions", "sqs",
            "lambda", "apigateway", "efs", "glacier", "batch",                                // rest-json
            "s3", "route53", "cloudfront", "s3control",                                       // rest-xml
            "cloudwatch", "gamelift", "compute-optimizer", "snowball", "arc-region-switch"); // cbor-capable

    private record Input(String service, String endpoint, OperationModel operation, Map<String, Object> params) {
        String id() {
            return service + "." + operation.name() + (endpoint == null ? "" : "@ip");
        }
    }

    @Test
    void everyGeneratedRequestHasBotocoresMethodUrlHeadersAndBody() throws IOException {
        Loader loader = Loader.fromEnvironment();
        List<Input> inputs = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        Set<String> protocols = new TreeSet<>();
        long seed = 20261203;
        for (String service : SERVICES) {
            ServiceData data = loader.loadServiceData(service, "service-2", null);
            ServiceModel model = ModelTrees.parse(service, data.bytes(), data.origin(), data.extras());
            protocols.add(model.protocol());
            List<String> names = new ArrayList<>(model.operationNames());
            names.sort(null);
            // spread the cap over the whole alphabet of operations
            int step = Math.max(1, names.size() / OPERATIONS_PER_SERVICE);
            for (int k = 0; k < names.size(); k += step) {
                OperationModel op = model.operationModel(names.get(k));
                if (op.isDeprecated()) {
                    continue;
                }
                List<String> endpoints = new ArrayList<>();
                endpoints.add(null);
                if (op.hostPrefix() != null) {
                    endpoints.add(IP_ENDPOINT);
                }
                for (String endpoint : endpoints) {
                    for (int i = 0; i < INPUTS_PER_OPERATION; i++) {
                        Map<String, Object> params = op.inputShape() == null ? new LinkedHashMap<>()
                                : new InputGenerator(seed++).generate(op.inputShape());
                        inputs.add(new Input(service, endpoint, op, params));
                        ObjectNode line = JsonTrees.object().put("service", service)
                                .put("region", "us-west-2").put("operation", op.name());
                        if (endpoint != null) {
                            line.put("endpoint", endpoint);
                        }
                        line.set("params", SerializerDifferentialTest.toOracleJson(params));
                        lines.append(Json.write(line)).append('\n');
                    }
                }
            }
        }
        // no bundled service resolves to smithy-rpc-v2-cbor in botocore 1.43 (json comes first in its priority
        // order), so real clients speak five protocols; SerializerDifferentialTest covers cbor at the serializer
        assertEquals(Set.of("query", "ec2", "json", "rest-json", "rest-xml"), protocols);
        String script;
        try (InputStream in = getClass().getResourceAsStream("/oracle/client_requests.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] answers = Python.run(script, lines.toString()).split("\n");
        assertEquals(inputs.size(), answers.length, "python answered " + answers.length + " of " + inputs.size());

        Map<String, Client> clients = new LinkedHashMap<>();
        Map<String, List<String>> problemsById = new TreeMap<>();
        int[] equal = new int[2]; // requests equal, both rejected the input
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            JsonNode botocore = JsonTrees.read(answers[i]);
            Map<String, Object> ours = boto4j(clients, in);
            String problem = compare(botocore, ours);
            if (problem == null) {
                equal[botocore.has("error") ? 1 : 0]++;
            } else {
                problemsById.computeIfAbsent(in.id(), k -> new ArrayList<>()).add(problem);
            }
        }
        List<String> unexpected = new ArrayList<>();
        int knownRequests = 0;
        for (Map.Entry<String, List<String>> e : problemsById.entrySet()) {
            try {
                KNOWN.verify("", e.getKey(), String.join("\n", e.getValue()));
                knownRequests += e.getValue().size();
            } catch (AssertionError a) {
                unexpected.add(a.getMessage());
            }
        }
        for (String id : KNOWN.ids()) {
            if (!problemsById.containsKey(id)) {
                try {
                    KNOWN.verify("", id, null);
                } catch (AssertionError a) {
                    unexpected.add(a.getMessage());
                }
            }
        }
        System.out.printf(Locale.ROOT, "request-differential: %d requests of %d services (%s) compared; %d equal "
                        + "(and %d inputs both rejected alike); %d known differences in %d operations; %d unexpected%n",
                inputs.size(), SERVICES.size(), protocols, equal[0] + equal[1], equal[1], knownRequests,
                KNOWN.known(), unexpected.size());
        assertTrue(inputs.size() >= 3000, "only " + inputs.size() + " inputs");
        assertTrue(unexpected.isEmpty(), unexpected.size() + " operations differ from botocore:\n"
                + String.join("\n", unexpected.subList(0, Math.min(25, unexpected.size()))));
        KNOWN.assertEveryEntryWasUsed();
    }

    private static Map<String, Object> boto4j(Map<String, Client> clients, Input in) {
        Client client = clients.computeIfAbsent(in.service + " " + in.endpoint, k -> {
            Client c = Session.builder().regionName("us-west-2").awsAccessKeyId("AKIDEXAMPLE")
                    .awsSecretAccessKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY").environment(Map.of()).build()
                    .client(in.service, ClientOptions.builder().endpointUrl(in.endpoint)
                            .config(Config.fromMap(Map.of("retries", Map.of("max_attempts", 0)))).build());
            c.meta().events().register("before-send", event -> {
                throw new Captured(event.request().build());
            });
            return c;
        });
        Map<String, Object> out = new TreeMap<>();
        try {
            client.call(in.operation.name(), in.params);
            out.put("error", "NotCaptured: the call returned");
        } catch (Captured c) {
            HttpRequest r = c.request;
            out.put("method", r.method());
            out.put("url", fixedTokens(r.uri().toString()));
            Map<String, String> headers = new TreeMap<>();
            r.headers().toLowerCaseMap().forEach((k, v) -> headers.put(k, fixedTokens(v)));
            out.put("headers", headers);
            try (InputStream body = r.body().newStream()) {
                out.put("body", fixedTokens(new String(body.readAllBytes(), StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException | JacksonException e) {
                throw new UncheckedIOException(Json.io(e));
            }
        } catch (RuntimeException e) {
            out.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return out;
    }

    /** boto4j's random idempotency tokens as the oracle's fixed one (its uuid4 is patched to return it). */
    private static String fixedTokens(String s) {
        return UUID.matcher(s).replaceAll(FIXED_TOKEN);
    }

    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    /** Null when the two requests are the same, else what differs. */
    @SuppressWarnings("unchecked")
    private static String compare(JsonNode botocore, Map<String, Object> ours) {
        if (botocore.has("error") || ours.containsKey("error")) {
            // both rejecting the input is agreement; the messages differ between SDKs
            return botocore.has("error") && ours.containsKey("error") ? null
                    : "botocore " + (botocore.has("error") ? "raised " + botocore.get("error").asString() : "sent it")
                    + ", boto4j " + (ours.containsKey("error") ? "raised " + ours.get("error") : "sent it");
        }
        List<String> diffs = new ArrayList<>();
        if (!botocore.get("method").asString().equals(ours.get("method"))) {
            diffs.add("method: botocore " + botocore.get("method").asString() + ", boto4j " + ours.get("method"));
        }
        if (!botocore.get("url").asString().equals(ours.get("url"))) {
            diffs.add("url: botocore " + botocore.get("url").asString() + ", boto4j " + ours.get("url"));
        }
        Map<String, String> theirs = new TreeMap<>();
        botocore.get("headers").properties().iterator().forEachRemaining(h -> theirs.put(h.getKey().toLowerCase(Locale.ROOT),
                h.getValue().asString()));
        Map<String, String> mine = new TreeMap<>((Map<String, String>) ours.get("headers"));
        Set<String> names = new TreeSet<>(theirs.keySet());
        names.addAll(mine.keySet());
        for (String name : names) {
            if (VOLATILE.contains(name)) {
                continue;
            }
            String a = theirs.get(name);
            String b = mine.get(name);
            if (name.equals("content-length") && (a == null || b == null)) {
                // botocore's prepared request always states it; boto4j's HTTP layer writes it from the body
                continue;
            }
            if (a == null || b == null || !a.equals(b)) {
                diffs.add("header " + name + ": botocore " + a + ", boto4j " + b);
            }
        }
        byte[] theirBody = Base64.getDecoder().decode(botocore.get("body").asString());
        byte[] ourBody = (byte[]) ours.get("body");
        if (!java.util.Arrays.equals(theirBody, ourBody)) {
            String protocolDiff = bodyDiff(theirs.get("content-type"), theirBody, ourBody);
            if (protocolDiff != null) {
                diffs.add(protocolDiff);
            }
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    /** JSON and CBOR bodies compare structurally (key order is free); everything else byte for byte. */
    private static String bodyDiff(String contentType, byte[] theirs, byte[] ours) {
        String ct = contentType == null ? "" : contentType;
        if (ct.contains("json")) {
            return RequestComparison.compareBody("json", new String(theirs, StandardCharsets.UTF_8), ours);
        }
        if (ct.contains("cbor")) {
            return RequestComparison.compareBody("smithy-rpc-v2-cbor", Base64.getEncoder().encodeToString(theirs),
                    ours);
        }
        return "body: botocore " + abbreviate(theirs) + ", boto4j " + abbreviate(ours);
    }

    private static String abbreviate(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    private static final class Captured extends RuntimeException {
        final transient HttpRequest request;

        Captured(HttpRequest request) {
            super(null, null, false, false);
            this.request = request;
        }
    }
}
