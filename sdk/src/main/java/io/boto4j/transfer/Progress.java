package io.boto4j.transfer;

import java.util.concurrent.atomic.AtomicLong;

/** A transfer's running byte count, told to its listener as bytes are confirmed moved (never taken back). */
final class Progress {
    private final ProgressListener listener;
    private final AtomicLong transferred = new AtomicLong();
    private volatile long total = -1;

    Progress(ProgressListener listener) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    void total(long bytes) {
        total = bytes;
    }

    long total() {
        return total;
    }

    long transferred() {
        return transferred.get();
    }

    void add(long bytes) {
        if (bytes > 0) {
            transferred.addAndGet(bytes);
            listener.bytesTransferred(bytes);
        }
    }
}
