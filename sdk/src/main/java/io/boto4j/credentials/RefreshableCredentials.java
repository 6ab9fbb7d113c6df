package io.boto4j.credentials;

import io.boto4j.exception.CredentialRetrievalError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Credentials that renew themselves through a refresh function, with botocore's two windows. Inside the advisory
 * window (15 minutes before expiry) one thread refreshes while the others keep using the current credentials, and
 * a failed refresh is tolerated. Inside the mandatory window (10 minutes) every thread waits for the refresh and a
 * failure is raised. With no initial credentials (botocore's deferred credentials) the first {@link #get()} fetches.
 */
public final class RefreshableCredentials implements ResolvedCredentials {
    public static final Duration ADVISORY_REFRESH = Duration.ofMinutes(15);
    public static final Duration MANDATORY_REFRESH = Duration.ofMinutes(10);

    private static final System.Logger LOG = System.getLogger(RefreshableCredentials.class.getName());

    private final String method;
    private final Supplier<Credentials> refresher;
    private final Clock clock;
    private final Duration advisory;
    private final Duration mandatory;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Credentials current;

    public RefreshableCredentials(String method, Supplier<Credentials> refresher, Credentials initial, Clock clock) {
        this(method, refresher, initial, clock, ADVISORY_REFRESH, MANDATORY_REFRESH);
    }

    public RefreshableCredentials(String method, Supplier<Credentials> refresher, Credentials initial, Clock clock,
                                  Duration advisory, Duration mandatory) {
        this.method = method;
        this.refresher = refresher;
        this.clock = clock;
        this.advisory = advisory;
        this.mandatory = mandatory;
        this.current = initial == null ? null : initial.withMethod(method);
    }

    /** Deferred credentials: nothing is fetched until the first {@link #get()}. */
    public static RefreshableCredentials deferred(String method, Supplier<Credentials> refresher, Clock clock) {
        return new RefreshableCredentials(method, refresher, null, clock);
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public Credentials get() {
        Credentials c = current;
        if (c != null && !needsRefresh(c, advisory)) {
            return c;
        }
        if (c != null && !needsRefresh(c, mandatory)) {
            if (lock.tryLock()) {
                try {
                    refresh(false);
                } finally {
                    lock.unlock();
                }
            }
            return current;
        }
        lock.lock();
        try {
            refresh(true);
        } finally {
            lock.unlock();
        }
        return current;
    }

    /** The expiry of the credentials held now (without refreshing), or null. */
    public Instant expiry() {
        Credentials c = current;
        return c == null ? null : c.expiry();
    }

    private boolean needsRefresh(Credentials c, Duration window) {
        return c == null || c.expiry() != null && Duration.between(clock.instant(), c.expiry()).compareTo(window) < 0;
    }

    private void refresh(boolean mandatoryRefresh) {
        // another thread may have refreshed while this one waited for the lock
        if (!needsRefresh(current, mandatoryRefresh ? mandatory : advisory)) {
            return;
        }
        Credentials fresh;
        try {
            fresh = refresher.get();
        } catch (RuntimeException e) {
            if (!mandatoryRefresh && current != null) {
                LOG.log(System.Logger.Level.WARNING, "Refreshing " + method
                        + " credentials failed in the advisory window; using the current ones: " + e.getMessage());
                return;
            }
            throw e;
        }
        current = fresh.withMethod(method);
        if (needsRefresh(current, mandatory)) {
            throw new CredentialRetrievalError("Credentials from " + method
                    + " were refreshed, but the refreshed credentials are still expired.");
        }
    }

    @Override
    public String toString() {
        Credentials c = current;
        return "RefreshableCredentials[method=" + method + ", accessKey=" + (c == null ? "(not fetched)" : c.accessKey())
                + ", expiry=" + (c == null ? null : c.expiry()) + "]";
    }
}
