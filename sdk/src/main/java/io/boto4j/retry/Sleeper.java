package io.boto4j.retry;

import java.time.Duration;

/** Waits; injected so tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
