package io.boto4j.bench.transfer;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.transfer.S3Transfers;
import io.boto4j.transfer.TransferConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One timed transfer against {@link MiniS3}, printed as {@code impl op bytes seconds MiB/s cpu-seconds}:
 * <pre>
 *   TransferBench PORT raw-put SIZE | raw-get SIZE     the server's own ceiling: no SDK, one connection
 *   TransferBench PORT upload FILE | download FILE     boto4j's S3Transfers with boto3's default TransferConfig
 * </pre>
 * With {@code WARMUP=n} in the environment the transfer runs n times untimed first, in the same process, so the
 * timed one is a long-lived application's (compiled, pools open) rather than a fresh process's.
 * CPU is the whole process's (all threads), as {@code time.process_time()} is for boto3's driver; both start
 * their clocks after creating the client (boto4j's takes ~4 s on a loaded 2-vCPU machine: the S3 model).
 */
public final class TransferBench {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String op = args[1];
        // the client is made before the clock starts, as boto3's driver makes its client first
        Client s3 = op.startsWith("raw") ? null : client(port);
        for (int i = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "0")); i > 0; i--) {
            transfer(s3, port, op, args);
        }
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        long bytes = transfer(s3, port, op, args);
        String impl = op.startsWith("raw") ? "raw" : "boto4j";
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf("%s %s %d %.2f %.1f %.2f%n", impl, op, bytes, seconds, bytes / seconds / (1 << 20), cpu);
    }

    private static long transfer(Client s3, int port, String op, String[] args) throws Exception {
        long bytes;
        switch (op) {
            case "raw-put" -> {
                bytes = rawPut(port, Long.parseLong(args[2]));
            }
            case "raw-get" -> {
                bytes = rawGet(port);
            }
            case "upload" -> {
                Path file = Path.of(args[2]);
                S3Transfers.of(s3).uploadFile("bench", "big", file, Map.of(), null,
                        TransferConfig.defaults());
                bytes = Files.size(file);
            }
            case "download" -> {
                Path file = Path.of(args[2]);
                S3Transfers.of(s3).downloadFile("bench", "big", file, Map.of(), null,
                        TransferConfig.defaults());
                bytes = Files.size(file);
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        }
        return bytes;
    }

    private static Client client(int port) {
        Session session = Session.builder().regionName("us-east-1").awsAccessKeyId("bench")
                .awsSecretAccessKey("bench").environment(Map.of()).build();
        return session.client("s3", ClientOptions.builder().endpointUrl("http://127.0.0.1:" + port)
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long rawPut(int port, long size) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write(("PUT /bench/raw HTTP/1.1\r\nHost: x\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (long sent = 0; sent < size; ) {
                int n = (int) Math.min(MiniS3.PATTERN_SIZE, size - sent);
                out.write(MiniS3.PATTERN, 0, n);
                sent += n;
            }
            out.flush();
            s.getInputStream().read(new byte[4096]);
            return size;
        }
    }

    private static long rawGet(int port) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write("GET /bench/raw HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = s.getInputStream();
            byte[] buf = new byte[1 << 16];
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.read());
            }
            String h = head.toString();
            int i = h.indexOf("Content-Length: ") + 16;
            long length = Long.parseLong(h.substring(i, h.indexOf('\r', i)));
            for (long got = 0; got < length; ) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, length - got));
                if (n < 0) {
                    break;
                }
                got += n;
            }
            return length;
        }
    }
}
