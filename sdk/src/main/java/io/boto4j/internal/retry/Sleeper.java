package io.boto4j.internal.retry;

import io.boto4j.exception.BotoCoreError;
import java.time.Duration;

/**
 * The one way the SDK waits: retry back-off, the adaptive rate limiter, waiters between polls and credential
 * providers between attempts. Injected, so tests advance a fake clock or record the pauses instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps on the calling thread; zero and negative durations return at once. */
    Sleeper SYSTEM = new ThreadSleeper();

    void sleep(Duration duration) throws InterruptedException;

    /**
     * Sleeps for a caller that cannot go on when interrupted: the thread's interrupt flag is set again, so the
     * code above still sees it, and a {@link BotoCoreError} says what was being waited for.
     *
     * @param waitingFor completes "Interrupted while ...", e.g. {@code "waiting to retry PutObject"}
     */
    /** {@link #SYSTEM}'s class: named, as a lambda here spins a class on every fresh JVM's first client. */
    final class ThreadSleeper implements Sleeper {
        private ThreadSleeper() {
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            }
        }
    }

    default void pause(Duration duration, String waitingFor) {
        try {
            sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotoCoreError("Interrupted while " + waitingFor, e);
        }
    }
}
