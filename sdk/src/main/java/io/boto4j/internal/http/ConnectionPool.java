package io.boto4j.internal.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Idle keep-alive connections per route, at most {@code maxIdlePerRoute} each (botocore's pool size: more
 * connections may be open at once; the surplus is closed on release rather than blocking callers).
 * Most recently used first, so a quiet route lets its oldest connections age out.
 */
final class ConnectionPool {
    // servers commonly drop idle keep-alive connections after 60 s or more; do not hand out older ones
    private static final long MAX_IDLE_NANOS = 50_000_000_000L;

    private final int maxIdlePerRoute;
    private final Map<Route, ArrayDeque<Connection>> idle = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ConnectionPool(int maxIdlePerRoute) {
        this.maxIdlePerRoute = maxIdlePerRoute;
    }

    Connection acquire(Route route) {
        ArrayDeque<Connection> q = idle.get(route);
        if (q == null) {
            return null;
        }
        long now = System.nanoTime();
        while (true) {
            Connection c;
            synchronized (q) {
                c = q.pollFirst();
            }
            if (c == null) {
                return null;
            }
            if (now - c.idleSince < MAX_IDLE_NANOS && c.isReusable()) {
                return c;
            }
            c.closeQuietly();
        }
    }

    void release(Connection c) {
        if (closed || !c.isReusable()) {
            c.closeQuietly();
            return;
        }
        c.idleSince = System.nanoTime();
        ArrayDeque<Connection> q = idle.get(c.route);
        if (q == null) { // get-then-put, not computeIfAbsent: its lambda spins a class on a fresh JVM's first call
            ArrayDeque<Connection> made = new ArrayDeque<>();
            q = idle.putIfAbsent(c.route, made);
            if (q == null) {
                q = made;
            }
        }
        Connection evicted = null;
        synchronized (q) {
            q.addFirst(c);
            if (q.size() > maxIdlePerRoute) {
                evicted = q.pollLast();
            }
        }
        if (evicted != null) {
            evicted.closeQuietly();
        }
    }

    int idleCount() {
        int n = 0;
        for (ArrayDeque<Connection> q : idle.values()) {
            synchronized (q) {
                n += q.size();
            }
        }
        return n;
    }

    void close() {
        closed = true;
        List<Connection> all = new ArrayList<>();
        for (ArrayDeque<Connection> q : idle.values()) {
            synchronized (q) {
                all.addAll(q);
                q.clear();
            }
        }
        for (Connection c : all) {
            c.closeQuietly();
        }
    }
}
