package io.boto4j.transfer;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One running transfer, for callers who do not want to block (s3transfer's {@code TransferFuture}):
 * {@link #future()} completes when the transfer is done and cleaned up (a failed upload's multipart upload
 * aborted, a failed download's temporary file deleted); {@link #cancel()} stops it at the next part or chunk.
 */
public final class TransferHandle {
    private final String bucket;
    private final String key;
    private final Progress progress;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile boolean cancelled;

    TransferHandle(String bucket, String key, ProgressListener listener) {
        this.bucket = bucket;
        this.key = key;
        this.progress = new Progress(listener);
    }

    public String bucket() {
        return bucket;
    }

    public String key() {
        return key;
    }

    /** Completes normally when the transfer succeeded, exceptionally (its cause) when it failed or was cancelled. */
    public CompletableFuture<Void> future() {
        return done.copy();
    }

    /** Asks the transfer to stop; {@link #future()} then fails with a {@link CancellationException} once cleaned up. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** Bytes moved so far. */
    public long bytesTransferred() {
        return progress.transferred();
    }

    /** The object's size once known, else -1 (a stream upload learns it at the end). */
    public long totalBytes() {
        return progress.total();
    }

    /** Waits for the transfer; rethrows its failure as thrown (a ClientError stays a ClientError). */
    public void join() {
        try {
            done.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new TransferFailedException("transfer of s3://" + bucket + "/" + key + " failed: " + cause, cause);
        } catch (CancellationException e) {
            throw e;
        }
    }

    Progress progress() {
        return progress;
    }

    void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("transfer of s3://" + bucket + "/" + key + " was cancelled");
        }
    }

    void complete() {
        done.complete(null);
    }

    void fail(Throwable t) {
        done.completeExceptionally(t);
    }

    @Override
    public String toString() {
        return "TransferHandle[s3://" + bucket + "/" + key + ", " + progress.transferred() + "/" + progress.total()
                + (cancelled ? ", cancelled" : "") + (done.isDone() ? ", done" : "") + "]";
    }
}
