package io.boto4j.credentials;

import java.time.Duration;

/** Waits between attempts; tests pass one that does not wait. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = d -> {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void sleep(Duration duration);
}
