package io.boto4j.reliability;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.http.StreamingBody;
import io.boto4j.testsupport.TestClients;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Run in a JVM with a small heap by {@link LargeObjectStreamingTest}: streams one GetObject from the endpoint in
 * args[0] and prints the bytes read, their CRC32C and the heap used (sampled while reading, and the pools' peak).
 */
public final class LargeDownloadMain {
    private LargeDownloadMain() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.builder().s3(Map.of("addressing_style", "path")).build();
        try (Client s3 = TestClients.client("s3", "us-east-1", args[0], config)) {
            Map<String, Object> out = s3.call("GetObject", Map.of("Bucket", "big", "Key", "object"));
            CRC32C crc = new CRC32C();
            long total = 0;
            long maxSampled = 0;
            byte[] buf = new byte[64 * 1024];
            try (StreamingBody body = (StreamingBody) out.get("Body")) {
                for (int n; (n = body.read(buf, 0, buf.length)) > 0; ) {
                    crc.update(buf, 0, n);
                    total += n;
                    if ((total & ((64 << 20) - 1)) < n) { // about every 64 MiB
                        maxSampled = Math.max(maxSampled, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    }
                }
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("RESULT bytes=" + total + " crc32c=" + Long.toHexString(crc.getValue())
                    + " heapSampledMaxMiB=" + (maxSampled >> 20) + " heapPoolsPeakMiB=" + (peak >> 20)
                    + " maxHeapMiB=" + (Runtime.getRuntime().maxMemory() >> 20));
        }
    }
}
