package io.boto4j.internal.retry;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Standard mode's retry decisions compared with botocore's StandardRetryConditions on the same outcomes. */
class StandardRetryOracleTest {
    private static final String SCRIPT = """
            import sys, json
            from types import SimpleNamespace
            from botocore.retries.standard import StandardRetryConditions, RetryContext
            from botocore import exceptions as ex
            cases = json.load(sys.stdin)
            exc = {
              'CONNECT_FAILED': lambda: ex.EndpointConnectionError(endpoint_url='http://x'),
              'CONNECT_TIMEOUT': lambda: ex.ConnectTimeoutError(endpoint_url='http://x'),
              'READ_TIMEOUT': lambda: ex.ReadTimeoutError(endpoint_url='http://x'),
              'CONNECTION_CLOSED': lambda: ex.ConnectionClosedError(endpoint_url='http://x'),
              'OTHER': lambda: ValueError('x'),
            }
            op = SimpleNamespace(error_shapes=[], service_model=SimpleNamespace(service_name='example'))
            cond = StandardRetryConditions(max_attempts=3)
            out = []
            for c in cases:
                if c['failure'] != 'NONE':
                    ctx = RetryContext(attempt_number=c['attempt'], operation_model=op,
                                       caught_exception=exc[c['failure']]())
                else:
                    parsed = {'ResponseMetadata': {}}
                    if c['code'] is not None:
                        parsed['Error'] = {'Code': c['code'], 'Message': ''}
                    http = SimpleNamespace(status_code=c['status'], headers={}, content=b'')
                    ctx = RetryContext(attempt_number=c['attempt'], operation_model=op,
                                       http_response=http, parsed_response=parsed)
                out.append(cond.is_retryable(ctx))
            print(json.dumps(out))
            """;

    @Test
    void decisionsMatchBotocoreForStatusCodesErrorCodesAndFailures() throws Exception {
        int[] statuses = {200, 400, 403, 404, 408, 429, 500, 501, 502, 503, 504, 509};
        String[] codes = {null, "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
                "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
                "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
                "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException", "RequestTimeout",
                "RequestTimeoutException", "InternalError", "ServiceUnavailable", "AccessDenied",
                "ValidationException", "IDPCommunicationError"};
        List<Map<String, Object>> cases = new ArrayList<>();
        List<AttemptOutcome> outcomes = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            for (int status : statuses) {
                for (String code : codes) {
                    Map<String, Object> c = new java.util.HashMap<>();
                    c.put("attempt", attempt);
                    c.put("status", status);
                    c.put("code", code);
                    c.put("failure", "NONE");
                    cases.add(c);
                    outcomes.add(AttemptOutcome.response(attempt, status, code, Map.of()));
                }
            }
            for (FailureKind kind : new FailureKind[] {FailureKind.CONNECT_FAILED, FailureKind.CONNECT_TIMEOUT,
                    FailureKind.READ_TIMEOUT, FailureKind.CONNECTION_CLOSED, FailureKind.OTHER}) {
                cases.add(Map.of("attempt", attempt, "failure", kind.name()));
                outcomes.add(AttemptOutcome.failure(attempt, kind));
            }
        }
        JsonNode expected = JsonTrees.read(Python.run(SCRIPT, Json.write(cases)));
        StandardRetryStrategy strategy = new StandardRetryStrategy(3, new RetryQuota(1_000_000), () -> 0.5);
        int retried = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            RetryDecision d = strategy.newCall().afterAttempt(outcomes.get(i));
            assertEquals(expected.get(i).asBoolean(), d.retry(), "decision for " + outcomes.get(i));
            retried += d.retry() ? 1 : 0;
        }
        System.out.println("standard retry oracle: " + outcomes.size() + " outcomes compared, " + retried
                + " retried");
    }
}
