package io.boto4j.internal.retry;

/**
 * Adaptive mode's client-side rate limiter. It stays open until the first throttling response; from then on
 * every attempt takes a token from a bucket whose rate follows the CUBIC curve: cut on each throttle, grown on
 * each success, and never more than twice the measured send rate.
 */
public final class ClientRateLimiter {
    private static final double MAX_RATE_ADJUST_SCALE = 2.0;

    private final Ticker ticker;
    private final TokenBucket bucket;
    private final CubicCalculator cubic;
    private final RateClocker clocker;
    private volatile boolean enabled;

    public ClientRateLimiter(Ticker ticker, Sleeper sleeper) {
        this.ticker = ticker;
        this.bucket = new TokenBucket(1, ticker, sleeper);
        this.cubic = new CubicCalculator(0, ticker.seconds());
        this.clocker = new RateClocker(ticker);
    }

    /** Before sending an attempt: waits for a token once throttling has been seen. */
    public void beforeSend() throws InterruptedException {
        if (enabled) {
            bucket.acquire();
        }
    }

    /** After every attempt's outcome: adjusts the allowed rate. */
    public void onResponse(boolean throttled) {
        double measuredRate = clocker.record();
        double timestamp = ticker.seconds();
        synchronized (this) {
            double newRate;
            if (!throttled) {
                newRate = cubic.successReceived(timestamp);
            } else {
                double rateToUse = enabled ? Math.min(measuredRate, bucket.maxRate()) : measuredRate;
                newRate = cubic.errorReceived(rateToUse, timestamp);
                enabled = true;
            }
            bucket.setMaxRate(Math.min(newRate, MAX_RATE_ADJUST_SCALE * measuredRate));
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The bucket's current fill rate in requests per second. */
    public double sendRate() {
        return bucket.maxRate();
    }

    double availableTokens() {
        return bucket.availableCapacity();
    }
}
