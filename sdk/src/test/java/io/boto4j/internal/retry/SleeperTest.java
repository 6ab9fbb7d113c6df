package io.boto4j.internal.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.BotoCoreError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one Sleeper: what an interrupt does to a pause, for retries, waiters and credential providers alike. */
class SleeperTest {
    @Test
    void anInterruptedPauseKeepsTheInterruptFlagAndSaysWhatItWaitedFor() {
        Thread.currentThread().interrupt();
        BotoCoreError e = assertThrows(BotoCoreError.class,
                () -> Sleeper.SYSTEM.pause(Duration.ofSeconds(30), "waiting to retry PutObject"));
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals("Interrupted while waiting to retry PutObject", e.getMessage());
        assertInstanceOf(InterruptedException.class, e.getCause());
    }

    @Test
    void theSystemSleeperReturnsAtOnceForZeroAndNegativeDurations() throws Exception {
        long start = System.nanoTime();
        Sleeper.SYSTEM.sleep(Duration.ZERO);
        Sleeper.SYSTEM.sleep(Duration.ofSeconds(-5));
        assertTrue(System.nanoTime() - start < 1_000_000_000L);
    }

    @Test
    void theSystemSleeperSleepsAtLeastTheDuration() throws Exception {
        long start = System.nanoTime();
        Sleeper.SYSTEM.pause(Duration.ofMillis(30), "a test");
        assertTrue(System.nanoTime() - start >= 30_000_000L);
    }
}
