package io.boto4j.internal.retry;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import io.boto4j.testsupport.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Legacy mode built from the shared {@code _retry.json}, compared with botocore's legacy checker. */
class LegacyRetryStrategyTest {
    private static final String SCRIPT = """
            import sys, json, copy
            from types import SimpleNamespace
            from botocore import translate, retryhandler
            from botocore import exceptions as ex
            data = json.load(sys.stdin)
            retry = data['retry_json']
            exc = {
              'CONNECT_FAILED': lambda: ex.EndpointConnectionError(endpoint_url='http://x'),
              'CONNECT_TIMEOUT': lambda: ex.ConnectTimeoutError(endpoint_url='http://x'),
              'READ_TIMEOUT': lambda: ex.ReadTimeoutError(endpoint_url='http://x'),
              'CONNECTION_CLOSED': lambda: ex.ConnectionClosedError(endpoint_url='http://x'),
              'OTHER': lambda: ValueError('x'),
            }
            out = {}
            for svc in data['services']:
                # build_retry_config writes merged policies into the shared definitions; each service gets a copy
                retry = copy.deepcopy(data['retry_json'])
                cfg = translate.build_retry_config(svc['prefix'], retry['retry'], retry['definitions'],
                                                   svc.get('client'))
                checker = retryhandler.create_checker_from_retry_config(cfg, operation_name=svc.get('operation'))
                results = []
                for c in data['cases']:
                    try:
                        if c['failure'] != 'NONE':
                            r = checker(c['attempt'], None, exc[c['failure']](), None)
                        else:
                            parsed = {'ResponseMetadata': {}}
                            if c['code'] is not None:
                                parsed['Error'] = {'Code': c['code']}
                            http = SimpleNamespace(status_code=c['status'], headers=c['headers'],
                                                   content=c['body'].encode())
                            r = checker(c['attempt'], (http, parsed), None, None)
                    except ex.ChecksumError:
                        r = 'raise'
                    except (ex.ConnectionError, ex.HTTPClientError):
                        r = 'raise'
                    results.append(bool(r) if r != 'raise' else 'raise')
                out[svc['label']] = {
                    'results': results, 'max_attempts': cfg['__default__']['max_attempts'],
                    'delay': cfg['__default__']['delay']}
            print(json.dumps(out))
            """;

    private static JsonNode retryJson() throws Exception {
        return JsonTrees.read(Files.readString(SharedData.conformance("retries").resolve("_retry.json")));
    }

    @TestFactory
    List<DynamicTest> decisionsMatchBotocoreForEachService() throws Exception {
        JsonNode retryData = retryJson();
        List<Map<String, Object>> services = new ArrayList<>();
        for (String prefix : new String[] {"sqs", "dynamodb", "ec2", "s3", "kinesis", "organizations",
                "cloudsearch", "no-such-service"}) {
            services.add(Map.of("prefix", prefix, "label", prefix));
        }
        services.add(Map.of("prefix", "sqs", "label", "sqs-max_attempts-1", "client", Map.of("max_attempts", 1)));
        List<Map<String, Object>> cases = new ArrayList<>();
        List<AttemptOutcome> outcomes = new ArrayList<>();
        String body = "{\"Item\":{}}";
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        int[] statuses = {200, 400, 403, 409, 429, 500, 502, 503, 504, 509};
        String[] codes = {null, "Throttling", "ThrottlingException", "ThrottledException",
                "RequestThrottledException", "LimitExceededException", "ProvisionedThroughputExceededException",
                "RequestLimitExceeded", "EC2ThrottledException", "RequestThrottled", "BandwidthLimitExceeded",
                "TooManyRequestsException", "TransactionInProgressException", "ReplicatedWriteConflictException",
                "RequestTimeout", "InternalError", "SlowDown"};
        for (int attempt : new int[] {1, 2, 5}) {
            for (int status : statuses) {
                for (String code : codes) {
                    cases.add(responseCase(attempt, status, code, Map.of(), body));
                    outcomes.add(AttemptOutcome.response(attempt, status, code, Map.of()).withBody(body.getBytes()));
                }
            }
            for (String crcHeader : new String[] {Long.toString(crc.getValue()), "12345"}) {
                cases.add(responseCase(attempt, 200, null, Map.of("x-amz-crc32", crcHeader), body));
                outcomes.add(AttemptOutcome.response(attempt, 200, null, Map.of("x-amz-crc32", crcHeader))
                        .withBody(body.getBytes()));
            }
            for (FailureKind kind : new FailureKind[] {FailureKind.CONNECT_FAILED, FailureKind.CONNECT_TIMEOUT,
                    FailureKind.READ_TIMEOUT, FailureKind.CONNECTION_CLOSED}) {
                cases.add(Map.of("attempt", attempt, "failure", kind.name()));
                outcomes.add(AttemptOutcome.failure(attempt, kind));
            }
        }
        Map<String, Object> input = Map.of("retry_json", retryData, "services", services, "cases", cases);
        JsonNode expected = JsonTrees.read(Python.run(SCRIPT, Json.write(input)));

        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> svc : services) {
            String prefix = (String) svc.get("prefix");
            @SuppressWarnings("unchecked")
            Map<String, Object> client = (Map<String, Object>) svc.get("client");
            String name = (String) svc.get("label");
            JsonNode want = expected.get(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Integer total = client == null ? null : ((Integer) client.get("max_attempts")) + 1;
                LegacyRetryStrategy strategy = new LegacyRetryStrategy(retryData, prefix, total, () -> 0.5);
                assertEquals(want.get("max_attempts").asInt(), strategy.maxAttempts(), "max attempts");
                for (int i = 0; i < outcomes.size(); i++) {
                    AttemptOutcome o = outcomes.get(i);
                    JsonNode w = want.get("results").get(i);
                    RetryDecision d = strategy.newCall().afterAttempt(o);
                    // botocore re-raises a retryable exception once attempts are exhausted: that is "no retry"
                    boolean expectRetry = w.isBoolean() ? w.asBoolean() : o.attempt() < strategy.maxAttempts();
                    assertEquals(expectRetry, d.retry(), name + ": " + o);
                }
            }));
        }
        return tests;
    }

    private static Map<String, Object> responseCase(int attempt, int status, String code, Map<String, String> headers,
            String body) {
        Map<String, Object> c = new HashMap<>();
        c.put("attempt", attempt);
        c.put("status", status);
        c.put("code", code);
        c.put("headers", headers);
        c.put("body", body);
        c.put("failure", "NONE");
        return c;
    }

    @Test
    void delayFollowsTheDataBaseAndGrowthFactor() throws Exception {
        LegacyRetryStrategy dynamodb = new LegacyRetryStrategy(retryJson(), "dynamodb", null, () -> 0.9);
        assertEquals(10, dynamodb.maxAttempts());
        RetryCall call = dynamodb.newCall();
        assertEquals(Duration.ofMillis(50), call.afterAttempt(AttemptOutcome.response(1, 500, null, Map.of())).delay());
        assertEquals(Duration.ofMillis(400), call.afterAttempt(AttemptOutcome.response(4, 500, null, Map.of())).delay());
        LegacyRetryStrategy sqs = new LegacyRetryStrategy(retryJson(), "sqs", null, () -> 0.25);
        assertEquals(5, sqs.maxAttempts());
        assertEquals(Duration.ofMillis(1000), sqs.newCall()
                .afterAttempt(AttemptOutcome.response(3, 503, null, Map.of())).delay());
        RetryDecision last = sqs.newCall().afterAttempt(AttemptOutcome.response(5, 503, null, Map.of()));
        assertFalse(last.retry());
        assertTrue(last.maxAttemptsReached());
    }

    @Test
    void legacyModeWithoutRetryDataSaysWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RetrySettings("legacy", null).createStrategy(null, "sqs"));
        assertTrue(e.getMessage().contains("_retry.json") && e.getMessage().contains("sqs"), e.getMessage());
    }

    @Test
    void badRetryDataIsReportedWithWhatIsWrong() throws Exception {
        JsonNode data = JsonTrees.read("""
                {"definitions": {}, "retry": {"__default__": {"max_attempts": 3,
                  "delay": {"type": "exponential", "base": "rand", "growth_factor": 2},
                  "policies": {"x": {"$ref": "missing"}}}}}""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LegacyRetryStrategy(data, "sqs", null));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
        JsonNode weird = JsonTrees.read("""
                {"definitions": {}, "retry": {"__default__": {"max_attempts": 3,
                  "delay": {"type": "exponential", "base": "rand", "growth_factor": 2},
                  "policies": {"odd": {"applies_when": {"moon": "full"}}}}}}""");
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> new LegacyRetryStrategy(weird, "sqs", null).newCall().afterAttempt(
                        AttemptOutcome.response(1, 500, null, Map.of())));
        assertTrue(e2.getMessage().contains("odd"), e2.getMessage());
    }
}
