package io.boto4j.internal.retry;

/**
 * Standard mode's retry quota, shared by all calls of a client: retries spend capacity, successes give it
 * back, so a client facing an outage stops retrying instead of multiplying the load.
 */
public final class RetryQuota {
    public static final int INITIAL_CAPACITY = 500;
    static final int RETRY_COST = 5;
    static final int TIMEOUT_RETRY_COST = 10;
    static final int NO_RETRY_INCREMENT = 1;

    private final int maxCapacity;
    private int available;

    public RetryQuota() {
        this(INITIAL_CAPACITY);
    }

    public RetryQuota(int capacity) {
        this.maxCapacity = capacity;
        this.available = capacity;
    }

    synchronized boolean acquire(int amount) {
        if (amount > available) {
            return false;
        }
        available -= amount;
        return true;
    }

    void release(int amount) {
        // every successful call releases; skip the lock in the common full case
        if (available == maxCapacity) {
            return;
        }
        synchronized (this) {
            available += Math.min(maxCapacity - available, amount);
        }
    }

    public synchronized int availableCapacity() {
        return available;
    }
}
