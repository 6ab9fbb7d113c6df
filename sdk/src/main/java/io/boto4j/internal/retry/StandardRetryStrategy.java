package io.boto4j.internal.retry;

import java.util.function.DoubleSupplier;

/**
 * botocore's {@code standard} mode: up to {@code maxAttempts} attempts (default 3) for transient errors
 * (connection errors, 500/502/503/504, request timeouts), throttling errors and errors the model marks
 * retryable, paced by {@link ExponentialBackoff} and limited by the client's {@link RetryQuota}.
 */
public class StandardRetryStrategy implements RetryStrategy {
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final int maxAttempts;
    private final RetryQuota quota;
    private final ExponentialBackoff backoff;

    public StandardRetryStrategy(int maxAttempts) {
        this(maxAttempts, new RetryQuota(), UniformJitter.INSTANCE);
    }

    public StandardRetryStrategy(int maxAttempts, RetryQuota quota, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retries total_max_attempts must be at least 1, got " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.quota = quota;
        this.backoff = new ExponentialBackoff(random);
    }

    @Override
    public String mode() {
        return "standard";
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    public RetryQuota quota() {
        return quota;
    }

    @Override
    public RetryCall newCall() {
        return new Call();
    }

    /** Hook for adaptive mode: sees every outcome before the retry decision. */
    void observe(AttemptOutcome outcome) {
    }

    /** Hook for adaptive mode: runs before every attempt. */
    void beforeSend() throws InterruptedException {
    }

    private final class Call implements RetryCall {
        private int lastCapacityAcquired;

        @Override
        public void beforeAttempt() throws InterruptedException {
            beforeSend();
        }

        @Override
        public RetryDecision afterAttempt(AttemptOutcome outcome) {
            observe(outcome);
            if (!ErrorClassifier.isRetryable(outcome)) {
                if (outcome.hasResponse() && outcome.statusCode() >= 200 && outcome.statusCode() < 300) {
                    quota.release(lastCapacityAcquired > 0 ? lastCapacityAcquired : RetryQuota.NO_RETRY_INCREMENT);
                }
                return RetryDecision.STOP;
            }
            if (outcome.attempt() >= maxAttempts) {
                return RetryDecision.MAX_ATTEMPTS;
            }
            int cost = outcome.failure().isTimeout() ? RetryQuota.TIMEOUT_RETRY_COST : RetryQuota.RETRY_COST;
            if (!quota.acquire(cost)) {
                return RetryDecision.QUOTA_EXHAUSTED;
            }
            lastCapacityAcquired = cost;
            return RetryDecision.retryAfter(backoff.delaySeconds(outcome));
        }
    }
}
