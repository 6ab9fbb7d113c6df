package io.boto4j.reliability;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.TestClients;
import io.boto4j.transfer.S3Transfers;
import io.boto4j.transfer.TransferConfig;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM with a small heap by {@link LargeTransferTest}: {@code downloadFile} of s3://big/object from the
 * endpoint in args[0] into the file args[1] (ranged GETs in parallel), then {@code uploadFile} of that file to
 * s3://big/copy (multipart, parts in parallel), both with boto3's default TransferConfig; prints the progress each
 * reported, the file's size, the heap used (what survived collections, sampled from the progress callbacks, and the
 * pools' peak) and the direct buffers' memory.
 */
public final class LargeTransferMain {
    private LargeTransferMain() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.builder().s3(Map.of("addressing_style", "path"))
                .maxPoolConnections(16).build();
        Path file = Path.of(args[1]);
        AtomicLong maxSampled = new AtomicLong();
        AtomicLong downloaded = new AtomicLong();
        AtomicLong uploaded = new AtomicLong();
        AtomicLong nextSample = new AtomicLong();
        AtomicLong directMax = new AtomicLong();
        try (Client s3 = TestClients.client("s3", "us-east-1", args[0], config)) {
            S3Transfers transfers = S3Transfers.of(s3);
            transfers.downloadFile("big", "object", file, Map.of(),
                    n -> sample(downloaded.addAndGet(n), nextSample, maxSampled, directMax), TransferConfig.defaults());
            nextSample.set(0);
            transfers.uploadFile("big", "copy", file, Map.of(),
                    n -> sample(uploaded.addAndGet(n), nextSample, maxSampled, directMax), TransferConfig.defaults());
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("RESULT fileBytes=" + Files.size(file) + " downloadProgress=" + downloaded.get()
                + " uploadProgress=" + uploaded.get() + " liveAfterGcMaxMiB=" + (maxSampled.get() >> 20)
                + " heapPoolsPeakMiB=" + (peak >> 20)
                + " directMaxMiB=" + (Math.max(directMax.get(), directInUse()) >> 20));
    }

    /** The heap still in use after each pool's last collection: what survives, not the garbage awaiting one. */
    private static long liveAfterGc() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }

    /**
     * Native memory held by direct buffers, the JDK's per-thread temporary I/O buffers among them: a heap buffer
     * passed to a channel is copied through a temporary direct buffer as large as the request, which each thread
     * keeps for its next call, outside the heap limit.
     */
    private static long directInUse() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getMemoryUsed();
            }
        }
        throw new IllegalStateException("no direct buffer pool");
    }

    /** About every 64 MiB of progress, the heap in use and the direct buffers. */
    private static void sample(long total, AtomicLong next, AtomicLong max, AtomicLong directMax) {
        long at = next.get();
        if (total >= at && next.compareAndSet(at, total + (64 << 20))) {
            max.accumulateAndGet(liveAfterGc(), Math::max);
            directMax.accumulateAndGet(directInUse(), Math::max);
        }
    }
}
