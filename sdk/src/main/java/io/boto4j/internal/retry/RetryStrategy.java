package io.boto4j.internal.retry;

/**
 * A retry mode (legacy, standard, adaptive) for one client. Strategies are thread-safe and hold the state
 * shared by the client's calls (the retry quota, the rate limiter); {@link #newCall()} starts the state of one
 * call.
 */
public interface RetryStrategy {
    RetryCall newCall();

    /** The mode's name as in config: {@code legacy}, {@code standard} or {@code adaptive}. */
    String mode();

    /** The most attempts a call may make, the first one included. */
    int maxAttempts();
}
