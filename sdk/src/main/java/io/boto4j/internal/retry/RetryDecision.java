package io.boto4j.internal.retry;

import java.time.Duration;

/**
 * The answer to one attempt: retry after {@code delay}, or stop. When stopping, {@code maxAttemptsReached}
 * and {@code quotaExhausted} say why a retryable error was not retried (boto3 reports the first as
 * {@code ResponseMetadata.MaxAttemptsReached}).
 */
public record RetryDecision(boolean retry, Duration delay, boolean maxAttemptsReached, boolean quotaExhausted) {
    static final RetryDecision STOP = new RetryDecision(false, Duration.ZERO, false, false);
    static final RetryDecision MAX_ATTEMPTS = new RetryDecision(false, Duration.ZERO, true, false);
    static final RetryDecision QUOTA_EXHAUSTED = new RetryDecision(false, Duration.ZERO, false, true);

    static RetryDecision retryAfter(double seconds) {
        return new RetryDecision(true, Duration.ofNanos(Math.round(seconds * 1e9)), false, false);
    }
}
