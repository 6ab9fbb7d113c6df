package io.boto4j.internal.retry;

import java.time.Duration;

/**
 * The token bucket of adaptive mode's client-side rate limiter. Tokens refill continuously at the fill rate,
 * up to a capacity equal to the rate (at least 1); sending takes one token, waiting for it when none is left.
 */
final class TokenBucket {
    static final double MIN_RATE = 0.5;

    private final Ticker ticker;
    private final Sleeper sleeper;
    private double fillRate;
    private double maxCapacity;
    private double currentCapacity;
    private double lastTimestamp = Double.NaN;

    TokenBucket(double maxRate, Ticker ticker, Sleeper sleeper) {
        this.ticker = ticker;
        this.sleeper = sleeper;
        setMaxRate(maxRate);
    }

    synchronized double maxRate() {
        return fillRate;
    }

    synchronized double availableCapacity() {
        return currentCapacity;
    }

    synchronized double maxCapacity() {
        return maxCapacity;
    }

    synchronized void setMaxRate(double value) {
        // tokens earned so far accrue at the old rate
        refill();
        fillRate = Math.max(value, MIN_RATE);
        maxCapacity = value >= 1 ? value : 1;
        currentCapacity = Math.min(currentCapacity, maxCapacity);
        notifyAll();
    }

    void acquire() throws InterruptedException {
        double wait;
        synchronized (this) {
            refill();
            if (currentCapacity >= 1) {
                currentCapacity -= 1;
                return;
            }
            wait = (1 - currentCapacity) / fillRate;
        }
        while (true) {
            sleeper.sleep(Duration.ofNanos((long) Math.ceil(wait * 1e9)));
            synchronized (this) {
                refill();
                if (currentCapacity >= 1) {
                    currentCapacity -= 1;
                    return;
                }
                wait = (1 - currentCapacity) / fillRate;
            }
        }
    }

    private void refill() {
        double now = ticker.seconds();
        if (Double.isNaN(lastTimestamp)) {
            lastTimestamp = now;
            return;
        }
        currentCapacity = Math.min(maxCapacity, currentCapacity + (now - lastTimestamp) * fillRate);
        lastTimestamp = now;
    }
}
