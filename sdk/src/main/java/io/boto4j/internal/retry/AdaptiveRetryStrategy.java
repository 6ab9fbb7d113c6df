package io.boto4j.internal.retry;

import java.util.function.DoubleSupplier;

/**
 * botocore's {@code adaptive} mode: standard mode's retries plus a {@link ClientRateLimiter} shared by the
 * client's calls, which delays attempts once the service throttles.
 */
public final class AdaptiveRetryStrategy extends StandardRetryStrategy {
    private final ClientRateLimiter limiter;

    public AdaptiveRetryStrategy(int maxAttempts, RetryQuota quota, DoubleSupplier random, Ticker ticker,
            Sleeper sleeper) {
        super(maxAttempts, quota, random);
        this.limiter = new ClientRateLimiter(ticker, sleeper);
    }

    @Override
    public String mode() {
        return "adaptive";
    }

    public ClientRateLimiter rateLimiter() {
        return limiter;
    }

    @Override
    void beforeSend() throws InterruptedException {
        limiter.beforeSend();
    }

    @Override
    void observe(AttemptOutcome outcome) {
        limiter.onResponse(ErrorClassifier.isThrottling(outcome));
    }
}
