package io.boto4j.bench;

import io.boto4j.http.DefaultHttpClient;
import io.boto4j.http.HttpClient;
import io.boto4j.http.HttpClientSettings;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.http.RequestBody;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks the default HTTP client by measurement: the socket client ({@link DefaultHttpClient}) against the JDK's
 * {@code java.net.http} client ({@link JdkHttpClient}), both behind boto4j's {@link HttpClient} SPI, against the
 * shared benchmark stub. Two workloads: small POSTs shaped like SQS SendMessage (per-call overhead) and 32 MiB
 * GETs streamed through a 64 KiB buffer (throughput). Reports wall time, calls/s or MiB/s, and process and
 * calling-thread CPU per call.
 *
 * <pre>
 * java -cp sdk/target/classes:$(deps) io.boto4j.bench.HttpClientComparison [endpoint] [smallCalls] [bigGets] [rounds]
 * </pre>
 * Without an endpoint it starts {@code ../shared/bench/stub} itself ({@code java Stub.java --port 0}).
 *
 * <p>Measured 2026-11-26 (2 vCPU, stub pinned to cpu 0, this driver to cpu 1, load average ~18 from other
 * work, so wall times are scheduling-bound and only CPU per call is comparable; second of two rounds, after
 * warm-up): small POST: socket 145 us/call process CPU (133 us calling thread), JDK 312 us (48 us calling
 * thread, the rest in its selector thread); 32 MiB GET: socket 16.5 ms/GET process CPU, JDK 49.5 ms. First
 * rounds: 253 vs 615 us and 14 vs 78 ms. The socket client costs 2-4x less CPU, hence the default.
 */
public final class HttpClientComparison {
    private static final String SQS_BODY = "{\"QueueUrl\":\"%s/000000000000/bench-queue\",\"MessageBody\":"
            + "\"{\\\"type\\\":\\\"bench\\\",\\\"payload\\\":\\\"" + "x".repeat(227) + "\\\"}\"}";

    private HttpClientComparison() {
    }

    public static void main(String[] args) throws Exception {
        Process stub = null;
        String endpoint;
        if (args.length > 0 && args[0].startsWith("http")) {
            endpoint = args[0];
        } else {
            stub = startStub();
            endpoint = "http://127.0.0.1:" + readyPort(stub);
        }
        int smallCalls = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int bigGets = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        try {
            HttpClientSettings settings = HttpClientSettings.builder().proxies(Map.of()).build();
            List<String> rows = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (String impl : new String[] {"socket", "jdk"}) {
                    try (HttpClient client = impl.equals("socket") ? new DefaultHttpClient(settings)
                            : new JdkHttpClient(settings)) {
                        // warm-up: the JIT must be done with both paths before anything is timed
                        smallPosts(client, endpoint, smallCalls / 2);
                        bigGets(client, endpoint, Math.max(2, bigGets / 4));
                        rows.add(report(round, impl, "small POST", smallCalls, measure(() ->
                                smallPosts(client, endpoint, smallCalls)), 0));
                        long[] bytes = new long[1];
                        Measurement m = measure(() -> bytes[0] = bigGets(client, endpoint, bigGets));
                        rows.add(report(round, impl, "32 MiB GET", bigGets, m, bytes[0]));
                    }
                }
            }
            System.out.println("| round | client | workload | calls | wall s | calls/s | MiB/s | process CPU us/call"
                    + " | thread CPU us/call |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
        } finally {
            if (stub != null) {
                stub.destroy();
            }
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    private record Measurement(double wallSeconds, double processCpuSeconds, double threadCpuSeconds) {
    }

    private static Measurement measure(Body body) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = os.getProcessCpuTime();
        long thread0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        body.run();
        long t1 = System.nanoTime();
        return new Measurement((t1 - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9,
                (threads.getCurrentThreadCpuTime() - thread0) / 1e9);
    }

    private static String report(int round, String impl, String workload, int calls, Measurement m, long bytes) {
        String mibs = bytes == 0 ? "" : String.format("%.0f", bytes / 1048576.0 / m.wallSeconds);
        return String.format("| %d | %s | %s | %d | %.2f | %.0f | %s | %.1f | %.1f |", round, impl, workload, calls,
                m.wallSeconds, calls / m.wallSeconds, mibs, m.processCpuSeconds * 1e6 / calls,
                m.threadCpuSeconds * 1e6 / calls);
    }

    private static void smallPosts(HttpClient client, String endpoint, int n) throws IOException {
        byte[] body = String.format(SQS_BODY, endpoint).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.builder().method("POST").uri(endpoint + "/")
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS.SendMessage")
                .header("X-Amz-Date", "20261126T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-east-1/sqs/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64))
                .body(RequestBody.ofBytes(body)).build();
        for (int i = 0; i < n; i++) {
            try (HttpResponse r = client.execute(request)) {
                byte[] out = r.bodyBytes();
                if (r.statusCode() != 200 || out.length < 20) {
                    throw new IllegalStateException("unexpected response " + r.statusCode() + ": "
                            + new String(out, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static long bigGets(HttpClient client, String endpoint, int n) throws IOException {
        HttpRequest request = HttpRequest.builder().method("GET").uri(endpoint + "/bench-bucket/big").build();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int i = 0; i < n; i++) {
            try (HttpResponse r = client.execute(request)) {
                long expected = Long.parseLong(r.headers().first("Content-Length"));
                long read = 0;
                InputStream in = r.body();
                int k;
                while ((k = in.read(buf)) >= 0) {
                    read += k;
                }
                if (read != expected) {
                    throw new IllegalStateException("read " + read + " of " + expected + " bytes");
                }
                total += read;
            }
        }
        return total;
    }

    private static Process startStub() throws IOException {
        Path stub = locateStub();
        ProcessBuilder pb = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", stub.toString(), "--port", "0");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static Path locateStub() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("bench/stub/src/bench/Stub.java");
            if (candidate.toFile().isFile()) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/bench/stub/src/bench/Stub.java not found; pass an endpoint");
    }

    private static int readyPort(Process stub) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new IllegalStateException("the stub exited before printing READY");
    }
}
