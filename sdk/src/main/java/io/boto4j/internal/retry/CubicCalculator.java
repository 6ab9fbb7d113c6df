package io.boto4j.internal.retry;

/**
 * The CUBIC congestion-control curve adaptive mode uses for its send rate: after a throttle the rate drops to
 * {@code beta} times the rate at the time, then grows back along a cubic through the previous maximum.
 */
final class CubicCalculator {
    static final double SCALE_CONSTANT = 0.4;
    static final double BETA = 0.7;

    private double wMax;
    private double k;
    private double lastFail;

    CubicCalculator(double startingMaxRate, double startTime) {
        this.wMax = startingMaxRate;
        this.k = zeroPoint();
        this.lastFail = startTime;
    }

    private double zeroPoint() {
        return Math.cbrt(wMax * (1 - BETA) / SCALE_CONSTANT);
    }

    double successReceived(double timestamp) {
        double dt = timestamp - lastFail;
        return SCALE_CONSTANT * Math.pow(dt - k, 3) + wMax;
    }

    double errorReceived(double currentRate, double timestamp) {
        wMax = currentRate;
        k = zeroPoint();
        lastFail = timestamp;
        return currentRate * BETA;
    }
}
