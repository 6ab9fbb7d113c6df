package io.boto4j.internal.retry;

/** Measures the client's send rate: responses counted per half-second bucket, smoothed exponentially. */
final class RateClocker {
    private static final double SMOOTHING = 0.8;
    private static final double BUCKET_SCALE = 2; // buckets of 0.5 s

    private final Ticker ticker;
    private double measuredRate;
    private double lastBucket;
    private long count;

    RateClocker(Ticker ticker) {
        this.ticker = ticker;
        this.lastBucket = Math.floor(ticker.seconds());
    }

    synchronized double record() {
        double t = ticker.seconds();
        double bucket = Math.floor(t * BUCKET_SCALE) / BUCKET_SCALE;
        count++;
        if (bucket > lastBucket) {
            double currentRate = count / (bucket - lastBucket);
            measuredRate = currentRate * SMOOTHING + measuredRate * (1 - SMOOTHING);
            count = 0;
            lastBucket = bucket;
        }
        return measuredRate;
    }
}
