package io.boto4j.bench.transferv2;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * The Java SDK v2's S3TransferManager over its Java multipart client (no CRT, as boto4j and boto3 run here), one
 * timed transfer against MiniS3, printed as TransferBench prints boto4j's: {@code impl op bytes seconds MiB/s cpu}.
 * <pre>  V2TransferBench PORT upload|download FILE</pre>
 * The client is made before the clock starts, as for the other two.
 */
public final class V2TransferBench {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String op = args[1];
        Path file = Path.of(args[2]);
        S3AsyncClient s3 = S3AsyncClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .multipartEnabled(true)
                .build();
        try (S3TransferManager tm = S3TransferManager.builder().s3Client(s3).build()) {
            // WARMUP=n: n untimed transfers first, as TransferBench does
            for (int i = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "0")); i > 0; i--) {
                transfer(tm, op, file);
            }
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            transfer(tm, op, file);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            long bytes = Files.size(file);
            System.out.printf("sdkv2 %s %d %.2f %.1f %.2f%n", op, bytes, seconds, bytes / seconds / (1 << 20), cpu);
        } finally {
            s3.close();
        }
    }

    private static void transfer(S3TransferManager tm, String op, Path file) {
        if (op.equals("upload")) {
            tm.uploadFile(u -> u.source(file).putObjectRequest(r -> r.bucket("bench").key("big")))
                    .completionFuture().join();
        } else {
            tm.downloadFile(d -> d.destination(file).getObjectRequest(r -> r.bucket("bench").key("big")))
                    .completionFuture().join();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
