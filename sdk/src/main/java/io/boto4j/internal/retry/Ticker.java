package io.boto4j.internal.retry;

/** A monotonic time source in seconds; injected so tests control the rate limiter's clock. */
@FunctionalInterface
public interface Ticker {
    Ticker SYSTEM = new SystemTicker();

    double seconds();
}
