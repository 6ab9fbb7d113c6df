package io.boto4j.internal.retry;

/**
 * {@link Ticker#SYSTEM}: {@code System.nanoTime()} in seconds. A named class rather than a lambda, since adaptive
 * retries build it with a fresh JVM's first client.
 */
final class SystemTicker implements Ticker {
    @Override
    public double seconds() {
        return System.nanoTime() / 1e9;
    }
}
