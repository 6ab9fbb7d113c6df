package io.boto4j.bench;

import com.sun.management.OperatingSystemMXBean;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.StreamingBody;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The boto4j driver of the shared client-side benchmark ({@code ../shared/bench/README.md} has the contract):
 * {@code Boto4jDriver <scenario> <iterations> <endpoint> <warmup>}; one JSON line on stdout.
 */
public final class Boto4jDriver {
    // the row's name when one jar runs under several JVM settings (impls.conf: boto4j-c1, boto4j-appcds, ...)
    private static final String IMPL = System.getProperty("boto4j.bench.impl", "boto4j");
    static final String MESSAGE = "{\"type\":\"bench\",\"payload\":\"" + "x".repeat(227) + "\"}";
    private static final byte[] PUT_BODY = new byte[1024];

    static {
        for (int i = 0; i < PUT_BODY.length; i++) {
            PUT_BODY[i] = (byte) ('a' + i % 26);
        }
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private Boto4jDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("train")) {
            CdsTraining.run();
            return;
        }
        if (args.length < 3) {
            System.err.println("usage: Boto4jDriver <scenario> <iterations> <endpoint> [warmup]");
            System.exit(2);
        }
        String scenario = args[0];
        String only = System.getProperty("boto4j.bench.scenarios");
        if (only != null && !List.of(only.split(",")).contains(scenario)) {
            System.exit(3); // the harness's "not applicable": this row measures start-up only
        }
        int n = Integer.parseInt(args[1]);
        String endpoint = withoutTrailingSlashes(args[2]);
        String warmup = args.length > 3 ? args[3] : Integer.toString(Math.max(1, n / 5));
        if (scenario.equals("client_create")) {
            clientCreate(n, endpoint);
            return;
        }
        Client client;
        Call call;
        switch (scenario) {
            case "sqs_send_message" -> {
                client = client("sqs", endpoint);
                Map<String, Object> params = Map.of("QueueUrl", endpoint + "/000000000000/bench-queue", "MessageBody", MESSAGE);
                Client c = client;
                call = () -> require(c.call("SendMessage", params).get("MessageId") != null, "no MessageId");
            }
            case "ddb_get_item" -> {
                client = client("dynamodb", endpoint);
                Map<String, Object> params = Map.of("TableName", "bench-table", "Key",
                        Map.of("pk", Map.of("S", "user#000042"), "sk", Map.of("S", "profile")));
                Client c = client;
                call = () -> {
                    Map<?, ?> item = (Map<?, ?>) c.call("GetItem", params).get("Item");
                    require(item != null && item.size() == 10, "item has " + (item == null ? 0 : item.size()) + " attributes");
                };
            }
            case "sns_publish" -> {
                client = client("sns", endpoint);
                Map<String, Object> params = Map.of("TopicArn", "arn:aws:sns:us-east-1:000000000000:bench-topic", "Message", MESSAGE);
                Client c = client;
                call = () -> require(c.call("Publish", params).get("MessageId") != null, "no MessageId");
            }
            case "s3_put_object" -> {
                client = client("s3", endpoint);
                Map<String, Object> params = Map.of("Bucket", "bench-bucket", "Key", "obj/small-1k", "Body", PUT_BODY);
                Client c = client;
                call = () -> require(c.call("PutObject", params).get("ETag") != null, "no ETag");
            }
            case "s3_list_objects_v2" -> {
                client = client("s3", endpoint);
                Map<String, Object> params = Map.of("Bucket", "bench-bucket");
                Client c = client;
                call = () -> {
                    List<?> contents = (List<?>) c.call("ListObjectsV2", params).get("Contents");
                    require(contents != null && contents.size() == 1000, "got " + (contents == null ? 0 : contents.size()) + " keys");
                };
            }
            case "s3_get_object_big" -> {
                client = client("s3", endpoint);
                Map<String, Object> params = Map.of("Bucket", "bench-bucket", "Key", "big");
                Client c = client;
                byte[] buf = new byte[1 << 20];
                call = () -> {
                    Map<String, Object> out = c.call("GetObject", params);
                    long total = 0;
                    try (InputStream in = (StreamingBody) out.get("Body")) {
                        for (int k; (k = in.read(buf)) >= 0; ) {
                            total += k;
                        }
                    }
                    long expected = ((Number) out.get("ContentLength")).longValue();
                    require(total == expected && total > 0, "read " + total + " of " + expected);
                };
            }
            default -> {
                System.err.println("unknown scenario " + scenario);
                System.exit(3);
                return;
            }
        }
        run(scenario, n, warmup, client, call);
    }

    private static void run(String scenario, int n, String warmSpec, Client client, Call call) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // load every measuring class before the timed loop so none is first loaded inside it
        processCpuNs();
        gcCount();
        peakRssMb();
        threads.getCurrentThreadCpuTime();
        long warmed = 0;
        long ws = System.nanoTime();
        if (warmSpec.endsWith("s")) {
            long until = ws + (long) (Double.parseDouble(warmSpec.substring(0, warmSpec.length() - 1)) * 1e9);
            do {
                call.run();
                warmed++;
            } while (System.nanoTime() < until);
        } else {
            for (long i = Long.parseLong(warmSpec); warmed < i; warmed++) {
                call.run();
            }
        }
        double warmupS = (System.nanoTime() - ws) / 1e9;
        long gc0 = gcCount();
        long cpu0 = processCpuNs();
        long tcpu0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        long w1 = System.nanoTime();
        long tcpu1 = threads.getCurrentThreadCpuTime();
        long cpu1 = processCpuNs();
        long gc1 = gcCount();
        client.close();
        double wall = (w1 - w0) / 1e9;
        double cpu = (cpu1 - cpu0) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("impl", IMPL);
        out.put("scenario", scenario);
        out.put("n", n);
        out.put("warmup", warmed);
        out.put("warmup_s", warmupS);
        out.put("wall_s", wall);
        out.put("cpu_s", cpu);
        out.put("calls_per_s", n / wall);
        out.put("cpu_us_per_call", cpu * 1e6 / n);
        out.put("thread_cpu_s", (tcpu1 - tcpu0) / 1e9);
        out.put("gc_count", gc1 - gc0);
        out.put("rss_mb", peakRssMb());
        out.put("runtime", runtime());
        System.out.println(json(out));
    }

    static void clientCreate(int n, String endpoint) throws Exception {
        long t0 = startEpochNs();
        // from /proc, not the management beans: their ~400 classes would count as boto4j's start-up
        long cpu0 = startupCpuNs();
        long w0 = System.nanoTime();
        long a = System.nanoTime();
        Client first = client("sqs", endpoint);
        long cold = System.nanoTime() - a;
        long b = System.nanoTime();
        Object id = first.call("SendMessage", Map.of("QueueUrl", endpoint + "/000000000000/bench-queue",
                "MessageBody", MESSAGE)).get("MessageId");
        long firstCall = System.nanoTime() - b;
        require(id != null, "no MessageId");
        long startToFirst = nowEpochNs() - t0;
        first.close();
        long[] warm = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            Client c = client("sqs", endpoint);
            warm[i] = System.nanoTime() - s;
            c.close();
        }
        long w1 = System.nanoTime();
        long cpu1 = startupCpuNs();
        Arrays.sort(warm);
        double median = n == 0 ? Double.NaN : n % 2 == 1 ? warm[n / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2.0;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("impl", IMPL);
        out.put("scenario", "client_create");
        out.put("n", n);
        out.put("wall_s", (w1 - w0) / 1e9);
        out.put("cpu_s", (cpu1 - cpu0) / 1e9);
        out.put("calls_per_s", null);
        out.put("cpu_us_per_call", null);
        out.put("cold_create_ms", cold / 1e6);
        out.put("warm_create_ms", median / 1e6);
        out.put("first_call_ms", firstCall / 1e6);
        out.put("start_to_first_call_ms", startToFirst / 1e6);
        out.put("rss_mb", peakRssMb());
        out.put("runtime", runtime());
        System.out.println(json(out));
    }

    /** A session per client, as a boto3 user calling {@code boto3.client(...)} gets; the models stay cached per JVM. */
    private static Client client(String service, String endpoint) {
        Session session = Session.builder().regionName("us-east-1")
                .awsAccessKeyId("AKIDBENCHEXAMPLE0000").awsSecretAccessKey("benchSecretKeyExample000000000000000000")
                .build();
        return session.client(service, ClientOptions.builder().endpointUrl(endpoint)
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build());
    }

    /** By hand, not {@code replaceAll}: a regex would count as start-up the client does not have. */
    private static String withoutTrailingSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * Process CPU as {@link #processCpuNs()} reports it (user + system, clock ticks), read from
     * {@code /proc/self/stat}; the management beans where there is no /proc.
     */
    private static long startupCpuNs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the parenthesised command name; utime and stime are fields 14 and 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (Exception noProc) {
            return processCpuNs();
        }
    }

    private static long processCpuNs() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcCount() {
        long s = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            s += Math.max(0, g.getCollectionCount());
        }
        return s;
    }

    private static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.trim().split("\\s+")[1]) / 1024.0;
                }
            }
        } catch (Exception unreadable) {
            // not on Linux: the field is reported as unknown
        }
        return -1;
    }

    private static long nowEpochNs() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static long startEpochNs() {
        String env = System.getenv("BENCH_T0_NS");
        if (env != null && !env.isBlank()) {
            return Long.parseLong(env.trim());
        }
        Instant s = ProcessHandle.current().info().startInstant().orElseThrow();
        return s.getEpochSecond() * 1_000_000_000L + s.getNano();
    }

    private static String runtime() {
        List<String> gcs = new ArrayList<>();
        ManagementFactory.getGarbageCollectorMXBeans().forEach(g -> gcs.add(g.getName().replace(' ', '_')));
        return "java " + System.getProperty("java.version") + " cpus=" + Runtime.getRuntime().availableProcessors()
                + " gc=" + String.join("+", gcs);
    }

    private static String json(Map<String, Object> fields) {
        StringBuilder sb = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":");
            if (v == null || v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                sb.append("null");
            } else if (v instanceof Double d) {
                sb.append(String.format(Locale.ROOT, "%.6g", d));
            } else if (v instanceof Number) {
                sb.append(v);
            } else {
                sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return sb.append('}').toString();
    }
}
