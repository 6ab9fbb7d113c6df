package io.boto4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.DefaultHttpClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 64 threads making {@code boto4j.load.calls} calls (CI 20,000; {@code -Pfull} 200,000) to a
 * local DynamoDB-shaped endpoint that drops one connection in 400 without answering. Every call succeeds (the
 * drops are retried), the pool ends with no connection leaked and none broken, the heap stays bounded, and the
 * credentials from a local container-credentials server are fetched once per expiry however many threads
 * notice the expiry together.
 */
class SharedClientLoadTest {
    private static final int THREADS = 64;
    private static final int DROP_EVERY = 400;
    // each generation of credentials is fresh for this long, then inside botocore's 15-minute advisory window
    private static final long FRESH_MILLIS = 1500;

    private HttpServer service;
    private HttpServer credentials;
    private final AtomicLong served = new AtomicLong();
    private final AtomicInteger dropped = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> credentialFetches = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> wrongKeys = new ConcurrentLinkedQueue<>();
    private final AtomicInteger generation = new AtomicInteger();

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(0);
        }
        if (credentials != null) {
            credentials.stop(0);
        }
    }

    @Test
    void sixtyFourThreadsShareOneClientWithNoErrorNoLeakedConnectionAndOneCredentialRefreshPerExpiry()
            throws Exception {
        int calls = Integer.getInteger("boto4j.load.calls", 20_000);
        startCredentialServer();
        startService();
        String credsUrl = "http://127.0.0.1:" + credentials.getAddress().getPort() + "/creds";
        Session session = Session.builder().regionName("us-east-1").environment(Map.of(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI", credsUrl,
                "AWS_CONFIG_FILE", "/nonexistent/boto4j-load-config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/boto4j-load-credentials")).build();
        Config config = Config.builder().maxPoolConnections(THREADS)
                .retries(Map.of("mode", "standard", "max_attempts", 3)).build();
        try (Client client = session.client("dynamodb", ClientOptions.builder()
                .endpointUrl("http://127.0.0.1:" + service.getAddress().getPort()).config(config).build())) {
            DefaultHttpClient http = (DefaultHttpClient) client.httpClient();
            client.call("ListTables"); // warm up: model, credentials, one pooled connection
            long heapBefore = usedHeapAfterGc();
            int openBefore = http.openConnections();
            int idleBefore = http.idleConnections();

            AtomicInteger next = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            AtomicLong peakHeap = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch done = new CountDownLatch(THREADS);
            long start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                pool.execute(() -> {
                    try {
                        while (next.getAndIncrement() < calls) {
                            Map<String, Object> out = client.call("ListTables", Map.of("Limit", 5));
                            if (!List.of("load").equals(out.get("TableNames"))) {
                                errors.add(new AssertionError("unexpected result " + out));
                            }
                            if (next.get() % 1000 == 0) {
                                peakHeap.accumulateAndGet(usedHeap(), Math::max);
                            }
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            assertTrue(done.await(600, TimeUnit.SECONDS), "load did not finish in 10 minutes");
            pool.shutdown();
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = usedHeapAfterGc();
            int openAfter = http.openConnections();
            int idleAfter = http.idleConnections();
            List<Long> fetches = new ArrayList<>(credentialFetches);
            System.out.printf("%nload: %d calls on %d threads in %.1f s (%.0f calls/s), %d served, %d connections "
                            + "dropped by the server and retried%n"
                            + "pool before: open=%d idle=%d; after: open=%d idle=%d (max_pool_connections=%d)%n"
                            + "heap after GC before=%d MiB after=%d MiB, peak sampled=%d MiB%n"
                            + "credential fetches: %d (fresh for %d ms each)%n",
                    calls, THREADS, seconds, calls / seconds, served.get(), dropped.get(), openBefore, idleBefore,
                    openAfter, idleAfter, THREADS, heapBefore >> 20, heapAfter >> 20, peakHeap.get() >> 20,
                    fetches.size(), FRESH_MILLIS);

            assertTrue(errors.isEmpty(), errors.size() + " calls failed, first: " + errors.peek());
            assertTrue(dropped.get() > 0, "the server dropped no connection, so no fault was exercised");
            assertEquals(idleAfter, openAfter, "connections open with no call in flight leaked");
            assertTrue(openAfter <= THREADS, "more connections kept than max_pool_connections: " + openAfter);
            // after faults every kept connection is still usable: a second round reuses them without errors
            for (int i = 0; i < 2 * THREADS; i++) {
                client.call("ListTables");
            }
            assertEquals(http.idleConnections(), http.openConnections());
            assertTrue(heapAfter - heapBefore < 64L << 20, "heap grew by " + ((heapAfter - heapBefore) >> 20)
                    + " MiB over the run");
            assertTrue(wrongKeys.isEmpty(), "requests signed with unknown keys: " + wrongKeys.peek());
            assertTrue(fetches.size() >= 2 || seconds * 1000 < 2 * FRESH_MILLIS,
                    "credentials were never refreshed over " + seconds + " s: " + fetches.size() + " fetches");
            for (int i = 1; i < fetches.size(); i++) {
                long gap = (fetches.get(i) - fetches.get(i - 1)) / 1_000_000;
                assertTrue(gap >= FRESH_MILLIS - 100, "credentials fetched twice for one expiry: fetch " + i
                        + " came " + gap + " ms after the one before");
            }
        }
    }

    private void startService() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        byte[] body = "{\"TableNames\":[\"load\"]}".getBytes(StandardCharsets.UTF_8);
        service.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                if (auth == null || !auth.contains("Credential=ASIALOAD")) {
                    wrongKeys.add(String.valueOf(auth));
                }
                if (served.incrementAndGet() % DROP_EVERY == 0) {
                    dropped.incrementAndGet();
                    return; // close with no response: the client sees the connection closed
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                exchange.getResponseHeaders().add("x-amzn-RequestId", "load");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        service.setExecutor(Executors.newFixedThreadPool(16));
        service.start();
    }

    private void startCredentialServer() throws IOException {
        credentials = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        credentials.createContext("/creds", (HttpExchange exchange) -> {
            try (exchange) {
                credentialFetches.add(System.nanoTime());
                int gen = generation.incrementAndGet();
                // rounded up to the second: fresh for at least FRESH_MILLIS
                Instant expires = Instant.now().plus(15, ChronoUnit.MINUTES).plusMillis(FRESH_MILLIS);
                byte[] json = ("{\"AccessKeyId\":\"ASIALOAD" + gen + "\",\"SecretAccessKey\":\"load-secret-" + gen
                        + "\",\"Token\":\"load-token-" + gen + "\",\"Expiration\":\""
                        + expires.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                exchange.getResponseBody().write(json);
            }
        });
        credentials.start();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return usedHeap();
    }
}
