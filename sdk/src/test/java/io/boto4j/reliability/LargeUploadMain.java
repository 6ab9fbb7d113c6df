package io.boto4j.reliability;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.http.RequestBody;
import io.boto4j.testsupport.TestClients;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;

/**
 * Run in a JVM with a small heap by {@link LargeObjectStreamingTest}: uploads one PutObject of args[1] bytes to the
 * endpoint in args[0], the body a stream of known length over {@link GeneratedObject} (repeatable, as signing the
 * payload over plain HTTP and its CRC32 need it read before it is sent), and prints the heap used (sampled while the
 * body is read, and the pools' peak).
 */
public final class LargeUploadMain {
    private LargeUploadMain() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.parseLong(args[1]);
        long[] maxSampled = {0};
        long[] streamsOpened = {0};
        RequestBody body = new RequestBody() {
            @Override
            public long contentLength() {
                return size;
            }

            @Override
            public InputStream newStream() {
                streamsOpened[0]++;
                return new GeneratedStream(size, maxSampled);
            }

            @Override
            public boolean isRepeatable() {
                return true;
            }
        };
        Config config = Config.builder().s3(Map.of("addressing_style", "path")).build();
        try (Client s3 = TestClients.client("s3", "us-east-1", args[0], config)) {
            Map<String, Object> out = s3.call("PutObject", Map.of("Bucket", "big", "Key", "object", "Body", body));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("RESULT etag=" + out.get("ETag") + " streams=" + streamsOpened[0]
                    + " heapSampledMaxMiB=" + (maxSampled[0] >> 20) + " heapPoolsPeakMiB=" + (peak >> 20)
                    + " maxHeapMiB=" + (Runtime.getRuntime().maxMemory() >> 20));
        }
    }

    /** The generated object as a stream: nothing but the current 64 KiB chunk is held. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        private final long[] maxSampled;
        private final byte[] chunk = new byte[64 * 1024];
        private long chunkStart;
        private int chunkLength;
        private int pos;

        GeneratedStream(long size, long[] maxSampled) {
            this.size = size;
            this.maxSampled = maxSampled;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == chunkLength) {
                chunkStart += chunkLength;
                if (chunkStart >= size) {
                    return -1;
                }
                chunkLength = (int) Math.min(chunk.length, size - chunkStart);
                GeneratedObject.fill(chunkStart, chunk, chunkLength);
                pos = 0;
                if ((chunkStart & ((64 << 20) - 1)) == 0) { // about every 64 MiB
                    maxSampled[0] = Math.max(maxSampled[0],
                            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                }
            }
            int n = Math.min(len, chunkLength - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
