package io.boto4j.internal.retry;

/**
 * The retry state of one API call. The pipeline calls {@link #beforeAttempt()} before sending each attempt
 * and {@link #afterAttempt} with every attempt's outcome, successful or not, then sleeps for the decision's
 * delay and tries again, or stops. Not thread-safe: one call runs on one thread.
 */
public interface RetryCall {
    /** Waits as the strategy requires before sending (adaptive mode's rate limiter); usually returns at once. */
    void beforeAttempt() throws InterruptedException;

    RetryDecision afterAttempt(AttemptOutcome outcome);
}
