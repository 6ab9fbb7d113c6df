package io.boto4j.spring.autoconfigure.health;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;

/**
 * The threads health checks run on, so a health request can stop waiting. Deliberately not an {@link Executor}
 * bean itself: one would make Spring Boot back off from its own application task executor.
 */
final class ClientHealthChecks implements DisposableBean {
    private final ExecutorService executor;

    ClientHealthChecks() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "boto4j-health-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    Executor executor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
