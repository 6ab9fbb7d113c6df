package io.boto4j.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.exception.CredentialRetrievalError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** botocore's refresh windows: advisory (15 min, failures tolerated) and mandatory (10 min, everyone waits). */
class RefreshableCredentialsTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Credentials expiringIn(String key, long seconds) {
        return new Credentials(key, "secret", null, "test", NOW.plusSeconds(seconds), null);
    }

    @Test
    void doesNotRefreshOutsideTheAdvisoryWindow() {
        AtomicInteger calls = new AtomicInteger();
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> {
            calls.incrementAndGet();
            return expiringIn("NEW", 3600);
        }, expiringIn("OLD", 16 * 60), CLOCK);
        assertEquals("OLD", rc.get().accessKey());
        assertEquals(0, calls.get());
    }

    @Test
    void refreshesInsideTheAdvisoryWindow() {
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> expiringIn("NEW", 3600),
                expiringIn("OLD", 12 * 60), CLOCK);
        assertEquals("NEW", rc.get().accessKey());
        assertEquals("m", rc.get().method());
    }

    @Test
    void keepsCurrentCredentialsWhenAnAdvisoryRefreshFails() {
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> {
            throw new CredentialRetrievalError("STS is down");
        }, expiringIn("OLD", 12 * 60), CLOCK);
        assertEquals("OLD", rc.get().accessKey());
    }

    @Test
    void raisesWhenAMandatoryRefreshFails() {
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> {
            throw new CredentialRetrievalError("STS is down");
        }, expiringIn("OLD", 5 * 60), CLOCK);
        assertThrows(CredentialRetrievalError.class, rc::get);
    }

    @Test
    void raisesWhenRefreshedCredentialsAreStillExpired() {
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> expiringIn("NEW", 60),
                expiringIn("OLD", 60), CLOCK);
        CredentialRetrievalError e = assertThrows(CredentialRetrievalError.class, rc::get);
        assertEquals("Credentials from m were refreshed, but the refreshed credentials are still expired.", e.getMessage());
    }

    @Test
    void fetchesDeferredCredentialsOnFirstUseOnly() {
        AtomicInteger calls = new AtomicInteger();
        RefreshableCredentials rc = RefreshableCredentials.deferred("m", () -> {
            calls.incrementAndGet();
            return expiringIn("FIRST", 3600);
        }, CLOCK);
        assertEquals(0, calls.get());
        rc.get();
        rc.get();
        assertEquals(1, calls.get());
    }

    @Test
    void refreshesOnceWhenManyThreadsNeedAMandatoryRefresh() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch inRefresh = new CountDownLatch(1);
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> {
            calls.incrementAndGet();
            inRefresh.countDown();
            sleep(200);
            return expiringIn("NEW", 3600);
        }, expiringIn("OLD", 60), CLOCK);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                keys.add(pool.submit(() -> rc.get().accessKey()));
            }
            for (Future<String> k : keys) {
                assertEquals("NEW", k.get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, calls.get());
    }

    @Test
    void letsOtherThreadsUseCurrentCredentialsDuringAnAdvisoryRefresh() throws Exception {
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RefreshableCredentials rc = new RefreshableCredentials("m", () -> {
            refreshing.countDown();
            await(release);
            return expiringIn("NEW", 3600);
        }, expiringIn("OLD", 12 * 60), CLOCK);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> refresher = pool.submit(() -> rc.get().accessKey());
            refreshing.await(10, TimeUnit.SECONDS);
            assertEquals("OLD", rc.get().accessKey(), "does not block while another thread refreshes");
            release.countDown();
            assertEquals("NEW", refresher.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
