package io.boto4j.waiter;

import java.time.Duration;

/** Pauses between attempts; tests and schedulers substitute their own. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
