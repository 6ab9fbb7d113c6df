package io.boto4j.transfer;

/**
 * {@code max_bandwidth}: a schedule of when the next byte may move, shared by a manager's transfers. A caller
 * asking for n bytes waits until the bytes before it have had their time.
 */
final class BandwidthLimiter {
    private final long bytesPerSecond;
    private long nextFreeNanos = System.nanoTime();

    BandwidthLimiter(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    static BandwidthLimiter of(Long bytesPerSecond) {
        return bytesPerSecond == null ? null : new BandwidthLimiter(bytesPerSecond);
    }

    void acquire(long bytes) {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextFreeNanos);
            nextFreeNanos = start + bytes * 1_000_000_000L / bytesPerSecond;
            wait = start - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while pacing to max_bandwidth");
            }
        }
    }
}
