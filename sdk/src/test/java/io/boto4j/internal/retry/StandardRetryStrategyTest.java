package io.boto4j.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardRetryStrategyTest {
    private final RetryQuota quota = new RetryQuota();
    private final StandardRetryStrategy strategy = new StandardRetryStrategy(3, quota, () -> 1.0);

    private static AttemptOutcome error(int attempt, int status, String code) {
        return AttemptOutcome.response(attempt, status, code, Map.of());
    }

    @Test
    void retriesTransientStatusCodesAndStopsOnClientErrors() {
        for (int status : new int[] {500, 502, 503, 504}) {
            assertTrue(strategy.newCall().afterAttempt(error(1, status, "Whatever")).retry(), "status " + status);
        }
        assertFalse(strategy.newCall().afterAttempt(error(1, 400, "ValidationException")).retry());
        assertFalse(strategy.newCall().afterAttempt(error(1, 501, "NotImplemented")).retry());
        assertFalse(strategy.newCall().afterAttempt(error(1, 200, null)).retry());
    }

    @Test
    void retriesThrottlingAndTransientErrorCodesWhateverTheStatus() {
        for (String code : new String[] {"Throttling", "ThrottlingException", "SlowDown", "RequestLimitExceeded",
                "ProvisionedThroughputExceededException", "TooManyRequestsException", "RequestTimeout",
                "RequestTimeoutException", "PriorRequestNotComplete", "EC2ThrottledException"}) {
            assertTrue(strategy.newCall().afterAttempt(error(1, 400, code)).retry(), code);
        }
    }

    @Test
    void retriesEveryConnectionErrorButNotOtherFailures() {
        for (FailureKind kind : new FailureKind[] {FailureKind.CONNECT_FAILED, FailureKind.CONNECT_TIMEOUT,
                FailureKind.READ_TIMEOUT, FailureKind.CONNECTION_CLOSED}) {
            assertTrue(strategy.newCall().afterAttempt(AttemptOutcome.failure(1, kind)).retry(), kind.name());
        }
        assertFalse(strategy.newCall().afterAttempt(AttemptOutcome.failure(1, FailureKind.OTHER)).retry());
    }

    @Test
    void retriesErrorsTheModelMarksRetryable() {
        AttemptOutcome modeled = error(1, 400, "IdempotentParameterMismatch")
                .withModeledRetry(AttemptOutcome.ModeledRetry.TRANSIENT);
        assertTrue(strategy.newCall().afterAttempt(modeled).retry());
        assertTrue(strategy.newCall().afterAttempt(error(1, 400, "Custom").withCallerRetryable(true)).retry());
    }

    @Test
    void stopsAtMaxAttemptsAndSaysSo() {
        RetryCall call = strategy.newCall();
        assertTrue(call.afterAttempt(error(1, 503, "ServiceUnavailable")).retry());
        assertTrue(call.afterAttempt(error(2, 503, "ServiceUnavailable")).retry());
        RetryDecision third = call.afterAttempt(error(3, 503, "ServiceUnavailable"));
        assertFalse(third.retry());
        assertTrue(third.maxAttemptsReached());
    }

    @Test
    void totalMaxAttemptsOfOneNeverRetries() {
        StandardRetryStrategy once = new StandardRetryStrategy(1, new RetryQuota(), () -> 1.0);
        assertTrue(once.newCall().afterAttempt(error(1, 500, null)).maxAttemptsReached());
    }

    @Test
    void backoffIsJitteredExponentialCappedAtTwentySeconds() {
        RetryCall call = new StandardRetryStrategy(10, new RetryQuota(), () -> 1.0).newCall();
        double[] expected = {1, 2, 4, 8, 16, 20, 20, 20, 20};
        for (int attempt = 1; attempt <= 9; attempt++) {
            Duration d = call.afterAttempt(error(attempt, 500, null)).delay();
            assertEquals(Duration.ofMillis((long) (expected[attempt - 1] * 1000)), d, "after attempt " + attempt);
        }
        RetryCall half = new StandardRetryStrategy(10, new RetryQuota(), () -> 0.5).newCall();
        assertEquals(Duration.ofMillis(2000), half.afterAttempt(error(3, 500, null)).delay());
        RetryCall zero = new StandardRetryStrategy(10, new RetryQuota(), () -> 0.0).newCall();
        assertEquals(Duration.ZERO, zero.afterAttempt(error(5, 500, null)).delay());
    }

    @Test
    void retryAfterHintIsHonouredUpToFiveSecondsMore() {
        RetryCall call = new StandardRetryStrategy(3, new RetryQuota(), () -> 0.5).newCall();
        AttemptOutcome hinted = AttemptOutcome.response(1, 503, "SlowDown", Map.of("x-amz-retry-after", "3000"));
        assertEquals(Duration.ofSeconds(3), call.afterAttempt(hinted).delay());
        AttemptOutcome far = AttemptOutcome.response(1, 503, "SlowDown", Map.of("retry-after", "60"));
        assertEquals(Duration.ofMillis(5500), new StandardRetryStrategy(3, new RetryQuota(), () -> 0.5).newCall()
                .afterAttempt(far).delay());
        AttemptOutcome junk = AttemptOutcome.response(1, 503, "SlowDown", Map.of("x-amz-retry-after", "soon"));
        assertEquals(Duration.ofMillis(500), new StandardRetryStrategy(3, new RetryQuota(), () -> 0.5).newCall()
                .afterAttempt(junk).delay());
    }

    @Test
    void quotaIsSpentFivePerRetryAndTenPerTimeoutRetry() {
        strategy.newCall().afterAttempt(error(1, 500, null));
        assertEquals(495, quota.availableCapacity());
        strategy.newCall().afterAttempt(AttemptOutcome.failure(1, FailureKind.READ_TIMEOUT));
        strategy.newCall().afterAttempt(AttemptOutcome.failure(1, FailureKind.CONNECT_TIMEOUT));
        assertEquals(475, quota.availableCapacity());
        strategy.newCall().afterAttempt(AttemptOutcome.failure(1, FailureKind.CONNECTION_CLOSED));
        assertEquals(470, quota.availableCapacity());
    }

    @Test
    void successRefundsTheLastRetryCostOrOne() {
        RetryCall call = strategy.newCall();
        call.afterAttempt(AttemptOutcome.failure(1, FailureKind.READ_TIMEOUT));
        assertEquals(490, quota.availableCapacity());
        call.afterAttempt(error(2, 200, null));
        assertEquals(500, quota.availableCapacity());
        strategy.newCall().afterAttempt(error(1, 500, null));
        strategy.newCall().afterAttempt(error(1, 200, null));
        assertEquals(496, quota.availableCapacity());
    }

    @Test
    void exhaustedQuotaStopsRetriesUntilSuccessesRefillIt() {
        for (int i = 0; i < 100; i++) {
            assertTrue(strategy.newCall().afterAttempt(error(1, 500, null)).retry(), "retry " + i);
        }
        assertEquals(0, quota.availableCapacity());
        RetryDecision refused = strategy.newCall().afterAttempt(error(1, 500, null));
        assertFalse(refused.retry());
        assertTrue(refused.quotaExhausted());
        for (int i = 0; i < 5; i++) {
            strategy.newCall().afterAttempt(error(1, 200, null));
        }
        assertTrue(strategy.newCall().afterAttempt(error(1, 500, null)).retry());
        // refills never exceed the initial capacity
        for (int i = 0; i < 1000; i++) {
            strategy.newCall().afterAttempt(error(1, 200, null));
        }
        assertEquals(RetryQuota.INITIAL_CAPACITY, quota.availableCapacity());
    }

    @Test
    void settingsReadBoto3RetriesDictAndRejectBadValues() {
        assertEquals(new RetrySettings("standard", 6), RetrySettings.fromConfig(
                Map.of("mode", "standard", "max_attempts", 5), "legacy"));
        assertEquals(new RetrySettings("adaptive", 2), RetrySettings.fromConfig(
                Map.of("mode", "adaptive", "max_attempts", 9, "total_max_attempts", 2), "legacy"));
        assertEquals(new RetrySettings("legacy", null), RetrySettings.fromConfig(Map.of(), "legacy"));
        assertEquals(1, RetrySettings.fromConfig(Map.of("max_attempts", 0), "standard").totalMaxAttempts());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> RetrySettings.fromConfig(Map.of("max_attempts", -1), "standard"));
        assertTrue(bad.getMessage().contains("max_attempts"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetrySettings.fromConfig(Map.of("mode", "fast"), null));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RetrySettings.fromConfig(Map.of("max_attempt", 3), "standard"));
        assertTrue(unknown.getMessage().contains("max_attempt"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RetrySettings.fromConfig(Map.of("total_max_attempts", "three"), "standard"));
    }

    @Test
    void settingsBuildTheNamedStrategyWithDefaults() {
        assertEquals(3, new RetrySettings("standard", null).createStrategy(null, "sqs").maxAttempts());
        assertEquals("adaptive", new RetrySettings("adaptive", 4).createStrategy(null, "sqs").mode());
    }
}
