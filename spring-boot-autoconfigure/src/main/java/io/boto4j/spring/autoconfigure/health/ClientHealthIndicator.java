package io.boto4j.spring.autoconfigure.health;

import io.boto4j.client.Client;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.exception.ClientError;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one client: its region, how its credentials resolve (the method, never a value) and, when an
 * operation is configured, the outcome of that call. Checks run on an executor so a health request waits at most
 * {@code timeout}; a result is reused for {@code cacheTtl}, and a check still running is joined, never duplicated.
 */
public final class ClientHealthIndicator implements HealthIndicator {
    private final Client client;
    private final Supplier<ResolvedCredentials> credentials;
    private final Boto4jClientHealthProperties.Check check;
    private final Duration cacheTtl;
    private final Duration timeout;
    private final Executor executor;

    private CompletableFuture<Health> running;
    private Health cached;
    private long cachedAt;

    public ClientHealthIndicator(Client client, Supplier<ResolvedCredentials> credentials,
                                 Boto4jClientHealthProperties.Check check, Duration cacheTtl, Duration timeout,
                                 Executor executor) {
        this.client = client;
        this.credentials = credentials;
        this.check = check == null ? new Boto4jClientHealthProperties.Check() : check;
        this.cacheTtl = cacheTtl;
        this.timeout = timeout;
        this.executor = executor;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check;
        synchronized (this) {
            if (cached != null && System.nanoTime() - cachedAt < cacheTtl.toNanos()) {
                return cached;
            }
            if (running == null || running.isDone()) {
                running = CompletableFuture.supplyAsync(this::check, executor);
                // A check that outlives the timeout still lands in the cache, so the next scrape sees it.
                running.thenAccept(this::remember);
            }
            check = running;
        }
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return remember(base(Health.down()).withDetail("error", "no answer within " + timeout).build());
        } catch (ExecutionException e) {
            return remember(base(Health.down()).withDetail("error", describe(e.getCause())).build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return base(Health.unknown()).withDetail("error", "interrupted").build();
        }
    }

    private synchronized Health remember(Health health) {
        cached = health;
        cachedAt = System.nanoTime();
        return health;
    }

    private Health check() {
        ResolvedCredentials resolved;
        try {
            resolved = credentials.get();
        } catch (RuntimeException e) {
            return base(Health.down()).withDetail("credentials", "none").withDetail("error", describe(e)).build();
        }
        if (resolved == null) {
            return base(Health.down()).withDetail("credentials", "none")
                    .withDetail("error", "no credentials provider of the chain had credentials").build();
        }
        Health.Builder up = base(Health.up()).withDetail("credentials", resolved.method());
        if (check.getOperation() == null || check.getOperation().isBlank()) {
            return up.build();
        }
        up.withDetail("operation", check.getOperation());
        try {
            client.call(check.getOperation(), new LinkedHashMap<>(check.getParameters()));
            return up.build();
        } catch (ClientError e) {
            return base(Health.down()).withDetail("credentials", resolved.method())
                    .withDetail("operation", check.getOperation())
                    .withDetail("error.code", e.getErrorCode() == null ? "none" : e.getErrorCode())
                    .withDetail("status", e.getHttpStatusCode()).build();
        } catch (RuntimeException e) {
            return base(Health.down()).withDetail("credentials", resolved.method())
                    .withDetail("operation", check.getOperation()).withDetail("error", describe(e)).build();
        }
    }

    private Health.Builder base(Health.Builder builder) {
        return builder.withDetail("service", client.meta().serviceModel().serviceName())
                .withDetail("region", String.valueOf(client.meta().regionName()));
    }

    // The SDK's messages carry no secrets (a project rule); the type says which kind of failure it was.
    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
