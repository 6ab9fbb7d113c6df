package io.boto4j.bench;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration;
import io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration;
import io.boto4j.spring.events.SdkEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What the starter's SDK → Spring events bridge costs one call ({@code boto4j.events.publish}, issue 15: "when
 * nobody listens, or nothing is configured, the call path pays nothing"). The call is answered by a
 * {@code before-send} handler, as in {@link ObservationOverheadBenchmarks}, so the network is out of it.
 * <ul>
 * <li>{@code no-bridge}: a client from a plain {@link Session}, no Spring at all (the floor);
 * <li>{@code publish-unset}: the starter's {@code sqsClient} bean, {@code boto4j.events.publish} not set;
 * <li>{@code no-listener}: publish {@code after-call.*}, no {@code @EventListener} in the context;
 * <li>{@code one-listener}: publish {@code after-call.*} and one {@code @EventListener(SdkEvent.class)}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EventsBridgeBenchmarks {
    private static final byte[] BODY = "{\"QueueUrls\":[]}".getBytes(StandardCharsets.UTF_8);

    @Param({"no-bridge", "publish-unset", "no-listener", "one-listener"})
    public String bridge;

    private AnnotationConfigApplicationContext context;
    private Client client;

    @Setup
    public void setUp() {
        if (bridge.equals("no-bridge")) {
            Session session = Session.builder().regionName("us-east-1").awsAccessKeyId("bench")
                    .awsSecretAccessKey("bench").environment(Map.of()).build();
            client = stubbed(session.client("sqs", ClientOptions.builder().endpointUrl("http://127.0.0.1:1").build()));
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("boto4j.region", "us-east-1");
        properties.put("boto4j.credentials.access-key-id", "bench");
        properties.put("boto4j.credentials.secret-access-key", "bench");
        properties.put("boto4j.endpoint-url", "http://127.0.0.1:1");
        properties.put("boto4j.clients.sqs.enabled", "true");
        if (!bridge.equals("publish-unset")) {
            properties.put("boto4j.events.publish", "after-call.*");
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("HOME", "/nonexistent", "AWS_EC2_METADATA_DISABLED", "true")));
        environment.getPropertySources().addFirst(new MapPropertySource("bench", properties));
        context = new AnnotationConfigApplicationContext();
        context.setEnvironment(environment);
        context.register(Boto4jAutoConfiguration.class, Boto4jEventsAutoConfiguration.class,
                Boto4jClientsAutoConfiguration.class);
        if (bridge.equals("one-listener")) {
            context.register(CountingListener.class);
        }
        context.refresh();
        client = stubbed(context.getBean("sqsClient", Client.class));
    }

    @TearDown
    public void tearDown() {
        if (context != null) {
            if (bridge.equals("one-listener") && context.getBean(CountingListener.class).received == 0) {
                throw new IllegalStateException("the listener received no SdkEvent: the benchmark measured nothing");
            }
            context.close();
        }
    }

    @Benchmark
    public Map<String, Object> call() {
        return client.call("ListQueues", Map.of());
    }

    private static Client stubbed(Client client) {
        client.meta().events().register("before-send.sqs.ListQueues", (name, kwargs) -> HttpResponse.of(200,
                HttpHeaders.builder().set("Content-Type", "application/x-amz-json-1.0")
                        .set("x-amzn-RequestId", "bench-request").build(), BODY));
        return client;
    }

    /** The one listener of the {@code one-listener} case; it counts, so the JIT cannot drop it. */
    public static class CountingListener {
        long received;

        @EventListener
        public void on(SdkEvent event) {
            received++;
        }
    }
}
