package io.boto4j.bench;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.spring.autoconfigure.observation.DefaultSdkCallObservationConvention;
import io.boto4j.spring.autoconfigure.observation.SdkCallObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the starter's {@code boto4j.client.requests} observation adds to one SDK call (goal: under 2 µs). Both
 * clients answer from a {@code before-send} handler, so the network is out of the measurement; the observed one
 * has the observer on its session's events and a registry with one handler, so observations are real, not no-ops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ObservationOverheadBenchmarks {
    private static final byte[] BODY = "{\"QueueUrls\":[]}".getBytes(StandardCharsets.UTF_8);

    private Client plain;
    private Client observed;
    private io.boto4j.events.EventEmitter observerOnly;
    private io.boto4j.model.OperationModel listQueues;
    private Map<String, Object> parsed;

    @Setup
    public void setUp() {
        plain = client(session());
        Session observedSession = session();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new CountingHandler());
        new SdkCallObserver(registry, new DefaultSdkCallObservationConvention()).registerOn(observedSession.events());
        observed = client(observedSession);
        observerOnly = new io.boto4j.events.EventEmitter();
        new SdkCallObserver(registry, new DefaultSdkCallObservationConvention()).registerOn(observerOnly);
        listQueues = plain.meta().serviceModel().operationModel("ListQueues");
        parsed = Map.of("ResponseMetadata", Map.of("HTTPStatusCode", 200, "RequestId", "bench-request"));
    }

    /** The observer alone, as the pipeline drives it for one call: the events of the SDK call without the call. */
    @Benchmark
    public Object observerEventsOfOneCall() {
        Map<String, Object> context = new java.util.HashMap<>(8);
        io.boto4j.http.HttpRequest.Builder request = io.boto4j.http.HttpRequest.builder();
        observerOnly.emitUntilResponse("before-call.sqs.ListQueues", new java.util.HashMap<>(Map.of("model", listQueues,
                "request", request, "context", context)));
        observerOnly.emitUntilResponse("needs-retry.sqs.ListQueues", new java.util.HashMap<>(Map.of("attempts", 1,
                "context", context)));
        observerOnly.emit("after-call.sqs.ListQueues", new java.util.HashMap<>(Map.of("parsed", parsed,
                "model", listQueues, "context", context)));
        return context;
    }

    @Benchmark
    public Map<String, Object> callWithoutObservation() {
        return plain.call("ListQueues", Map.of());
    }

    @Benchmark
    public Map<String, Object> callWithObservation() {
        return observed.call("ListQueues", Map.of());
    }

    private static Session session() {
        return Session.builder().regionName("us-east-1").awsAccessKeyId("bench").awsSecretAccessKey("bench")
                .environment(Map.of()).build();
    }

    private static Client client(Session session) {
        Client client = session.client("sqs", ClientOptions.builder().endpointUrl("http://127.0.0.1:1").build());
        client.meta().events().register("before-send.sqs.ListQueues", (name, kwargs) -> HttpResponse.of(200,
                HttpHeaders.builder().set("Content-Type", "application/x-amz-json-1.0")
                        .set("x-amzn-RequestId", "bench-request").build(), BODY));
        return client;
    }

    /** Stands in for a meter handler: it sees every observation, so none is skipped as a no-op. */
    static final class CountingHandler implements ObservationHandler<Observation.Context> {
        long stopped;

        @Override
        public void onStop(Observation.Context context) {
            stopped++;
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }
}
