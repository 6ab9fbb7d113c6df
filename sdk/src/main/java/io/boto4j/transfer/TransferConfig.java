package io.boto4j.transfer;

import java.util.Map;

/**
 * boto3's {@code TransferConfig}, with its defaults: 8 MiB threshold and parts, 10 threads, 100 queued I/O
 * chunks of 256 KiB, 5 download attempts, no bandwidth limit. {@code max_bandwidth} is in bytes per second.
 */
public record TransferConfig(long multipartThreshold, long multipartChunksize, int maxConcurrency, boolean useThreads,
                             int maxIoQueue, int ioChunksize, int numDownloadAttempts, Long maxBandwidth) {
    public static final long MIB = 1024 * 1024;
    /** S3's smallest part (except the last). */
    static final long MIN_PART_SIZE = 5 * MIB;
    static final long MAX_PART_SIZE = 5L * 1024 * MIB;
    static final int MAX_PARTS = 10_000;

    public TransferConfig {
        positive("multipart_threshold", multipartThreshold);
        positive("multipart_chunksize", multipartChunksize);
        positive("max_concurrency", maxConcurrency);
        positive("max_io_queue", maxIoQueue);
        positive("io_chunksize", ioChunksize);
        positive("num_download_attempts", numDownloadAttempts);
        if (maxBandwidth != null) {
            positive("max_bandwidth", maxBandwidth);
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    public static TransferConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** From boto3's keyword names ({@code multipart_threshold}, ...); unknown names are refused. */
    public static TransferConfig fromMap(Map<String, ?> options) {
        Builder b = builder();
        options.forEach((k, v) -> {
            switch (k) {
                case "multipart_threshold" -> b.multipartThreshold(((Number) v).longValue());
                case "multipart_chunksize" -> b.multipartChunksize(((Number) v).longValue());
                case "max_concurrency" -> b.maxConcurrency(((Number) v).intValue());
                case "use_threads" -> b.useThreads((Boolean) v);
                case "max_io_queue" -> b.maxIoQueue(((Number) v).intValue());
                case "io_chunksize" -> b.ioChunksize(((Number) v).intValue());
                case "num_download_attempts" -> b.numDownloadAttempts(((Number) v).intValue());
                case "max_bandwidth" -> b.maxBandwidth(v == null ? null : ((Number) v).longValue());
                default -> throw new IllegalArgumentException("unknown TransferConfig option '" + k + "'; known: "
                        + "multipart_threshold, multipart_chunksize, max_concurrency, use_threads, max_io_queue, "
                        + "io_chunksize, num_download_attempts, max_bandwidth");
            }
        });
        return b.build();
    }

    public static final class Builder {
        private long multipartThreshold = 8 * MIB;
        private long multipartChunksize = 8 * MIB;
        private int maxConcurrency = 10;
        private boolean useThreads = true;
        private int maxIoQueue = 100;
        private int ioChunksize = 256 * 1024;
        private int numDownloadAttempts = 5;
        private Long maxBandwidth;

        public Builder multipartThreshold(long bytes) {
            this.multipartThreshold = bytes;
            return this;
        }

        public Builder multipartChunksize(long bytes) {
            this.multipartChunksize = bytes;
            return this;
        }

        public Builder maxConcurrency(int threads) {
            this.maxConcurrency = threads;
            return this;
        }

        public Builder useThreads(boolean useThreads) {
            this.useThreads = useThreads;
            return this;
        }

        public Builder maxIoQueue(int chunks) {
            this.maxIoQueue = chunks;
            return this;
        }

        public Builder ioChunksize(int bytes) {
            this.ioChunksize = bytes;
            return this;
        }

        public Builder numDownloadAttempts(int attempts) {
            this.numDownloadAttempts = attempts;
            return this;
        }

        /** Bytes per second across all of a manager's transfers, or null for no limit. */
        public Builder maxBandwidth(Long bytesPerSecond) {
            this.maxBandwidth = bytesPerSecond;
            return this;
        }

        public TransferConfig build() {
            return new TransferConfig(multipartThreshold, multipartChunksize, maxConcurrency, useThreads, maxIoQueue,
                    ioChunksize, numDownloadAttempts, maxBandwidth);
        }
    }

    /** s3transfer's ChunksizeAdjuster: within S3's part size limits, doubled until the parts number 10,000 at most. */
    long partSizeFor(long objectSize) {
        long size = Math.min(MAX_PART_SIZE, Math.max(MIN_PART_SIZE, multipartChunksize));
        while (objectSize > 0 && (objectSize + size - 1) / size > MAX_PARTS) {
            size *= 2;
        }
        return Math.min(size, MAX_PART_SIZE);
    }
}
