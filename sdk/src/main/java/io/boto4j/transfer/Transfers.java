package io.boto4j.transfer;

import io.boto4j.client.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every transfer job shares: the client, the config, the pool its parts run on (null when
 * {@code use_threads} is off: parts then run one after another on the transfer's thread) and the bandwidth limit.
 */
record Transfers(Client client, TransferConfig config, ExecutorService parts, BandwidthLimiter limiter,
                 boolean checksumWhenSupported) {

    void pace(long bytes) {
        if (limiter != null) {
            limiter.acquire(bytes);
        }
    }

    /**
     * Runs the parts of one transfer and returns their results in order. The first failure (or a cancel) stops
     * the parts not yet started; the call returns only when every started part has finished, so a caller's
     * cleanup (abort, delete) never races a part still writing.
     */
    <T> List<T> runParts(TransferHandle handle, List<Callable<T>> tasks) throws Exception {
        AtomicReference<Throwable> first = new AtomicReference<>();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        List<T> results = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            Callable<T> guarded = () -> {
                if (first.get() != null) {
                    throw new CancellationException("another part failed");
                }
                handle.checkCancelled();
                try {
                    return task.call();
                } catch (Throwable t) {
                    first.compareAndSet(null, t);
                    throw t;
                }
            };
            if (parts == null) {
                try {
                    results.add(guarded.call());
                } catch (Exception e) {
                    throw e;
                }
            } else {
                futures.add(parts.submit(guarded));
            }
        }
        for (Future<T> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                // keep waiting: every started part must finish before the caller cleans up
            }
        }
        Throwable failure = first.get();
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        handle.checkCancelled();
        return results;
    }
}
