package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.events.Signing;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.events.Endpoint;
import io.boto4j.events.Event;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.Events;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every event of real calls (S3 against moto, and a call whose connection is refused) carries exactly the
 * arguments the events package documents, each of its one documented type. The tables are written out here,
 * from the package documentation, not read from the code under test.
 */
class EventArgumentTypesIntegrationTest extends MotoTest {
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("params", Map.class), Map.entry("context", Map.class), Map.entry("builtins", Map.class),
            Map.entry("parsed", Map.class), Map.entry("parsed_response", Map.class), Map.entry("response", Map.class),
            Map.entry("model", OperationModel.class), Map.entry("operation_model", OperationModel.class),
            Map.entry("operation", OperationModel.class), Map.entry("operation_name", String.class),
            Map.entry("request", HttpRequest.Builder.class), Map.entry("request_dict", HttpRequest.class),
            Map.entry("http_response", HttpResponse.class), Map.entry("response_dict", HttpResponse.class),
            Map.entry("signing", Signing.class), Map.entry("signing_name", String.class),
            Map.entry("region_name", String.class), Map.entry("signature_version", String.class),
            Map.entry("endpoint", Endpoint.class), Map.entry("attempts", Integer.class),
            Map.entry("exception", Exception.class), Map.entry("caught_exception", Exception.class),
            Map.entry("reroute_to_region", Function.class), Map.entry("client", Client.class),
            Map.entry("service_model", ServiceModel.class));

    private static final Map<String, Set<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("creating-client-class", Set.of("client", "service_model")),
            Map.entry("provide-client-params", Set.of("params", "model", "context")),
            Map.entry("before-parameter-build", Set.of("params", "model", "context")),
            Map.entry("before-endpoint-resolution", Set.of("builtins", "model", "params", "context")),
            Map.entry("before-call", Set.of("model", "params", "request", "context")),
            Map.entry("request-created", Set.of("request", "operation_name", "context")),
            Map.entry("choose-signer", Set.of("signing_name", "region_name", "signature_version", "context")),
            Map.entry("before-sign", Set.of("request", "operation_name", "signing", "context")),
            Map.entry("before-send", Set.of("request", "context")),
            Map.entry("before-parse", Set.of("operation_model", "http_response", "context")),
            Map.entry("needs-retry", Set.of("response", "parsed", "http_response", "endpoint", "operation", "params",
                    "attempts", "caught_exception", "request_dict", "request", "reroute_to_region", "context")),
            Map.entry("response-received", Set.of("exception", "response_dict", "parsed_response", "context")),
            Map.entry("after-call", Set.of("http_response", "parsed", "model", "context")),
            Map.entry("after-call-error", Set.of("exception", "context")));

    /** Arguments these calls never fill: the pipeline reports a response it received, never an exception there. */
    private static final Set<String> ALWAYS_NULL_HERE = Set.of("response-received.exception");

    private static final List<Event> seen = new ArrayList<>();

    @BeforeAll
    static void makeCallsThatEmitEveryEvent() {
        Session session = session();
        EventEmitter events = session.events();
        for (String family : ARGUMENTS.keySet()) {
            events.register(family, event -> {
                synchronized (seen) {
                    seen.add(event);
                }
                return null;
            });
        }
        Client s3 = session.client("s3", ClientOptions.builder().endpointUrl(MOTO.endpoint())
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build());
        String bucket = unique("event-types");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        s3.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", "hello".getBytes(StandardCharsets.UTF_8)));
        s3.call("ListObjectsV2", Map.of("Bucket", bucket));
        Client refused = session.client("sqs", ClientOptions.builder().endpointUrl("http://127.0.0.1:1")
                .config(Config.builder().retries(Map.of("total_max_attempts", 1)).build()).build());
        assertThrows(RuntimeException.class, () -> refused.call("ListQueues"));
    }

    @Test
    void everyEventOfACallIsEmitted() {
        Set<String> families = new TreeSet<>();
        seen.forEach(e -> families.add(family(e)));
        assertEquals(new TreeSet<>(ARGUMENTS.keySet()), families);
    }

    @Test
    void eachEventCarriesExactlyTheDocumentedArgumentNames() {
        Map<String, Set<String>> wrong = new TreeMap<>();
        for (Event e : seen) {
            Set<String> names = new TreeSet<>(e.kwargs().keySet());
            if (!names.equals(new TreeSet<>(ARGUMENTS.get(family(e))))) {
                wrong.put(e.name(), names);
            }
        }
        assertEquals(Map.of(), wrong);
    }

    @Test
    void eachArgumentHasItsOneDocumentedTypeInEveryEvent() {
        Map<String, String> wrong = new TreeMap<>();
        Set<String> filled = new TreeSet<>();
        for (Event e : seen) {
            e.kwargs().forEach((name, value) -> {
                if (value == null) {
                    return;
                }
                filled.add(family(e) + "." + name);
                if (!TYPES.get(name).isInstance(value)) {
                    wrong.put(e.name() + " " + name, value.getClass().getName());
                }
            });
        }
        assertEquals(Map.of(), wrong);
        Set<String> neverFilled = new TreeSet<>();
        ARGUMENTS.forEach((family, names) -> names.stream().map(n -> family + "." + n)
                .filter(n -> !filled.contains(n) && !ALWAYS_NULL_HERE.contains(n)).forEach(neverFilled::add));
        assertEquals(Set.of(), neverFilled, "every argument's type was checked on a real value");
    }

    @Test
    void typedReadsReturnTheObjectsOfTheKwargs() {
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Event e : seen) {
            if (e.kwargs().get("request") != null) {
                assertSame(e.kwargs().get("request"), e.request());
                checked.merge("request", 1, Integer::sum);
            }
            Object op = e.kwargs().getOrDefault("model", e.kwargs().getOrDefault("operation_model",
                    e.kwargs().get("operation")));
            if (op instanceof OperationModel) {
                assertSame(op, e.operationModel());
                assertEquals(((OperationModel) op).name(), e.operation());
                checked.merge("operation", 1, Integer::sum);
            }
            if (e.kwargs().get("http_response") != null || e.kwargs().get("response_dict") != null) {
                assertTrue(e.httpResponse() != null);
                checked.merge("response", 1, Integer::sum);
            }
            if (!family(e).equals("creating-client-class")) {
                assertSame(e.kwargs().get("context"), e.context());
            }
        }
        assertEquals(Set.of("request", "operation", "response"), checked.keySet());
    }

    @Test
    void signingAndEndpointReadAsPublicValuesOfWhatTheAttemptUsed() {
        Event sign = seen.stream().filter(e -> e.name().equals(Events.beforeSign("s3", "PutObject"))).findFirst()
                .orElseThrow();
        assertEquals(new Signing("sigv4", "s3", "us-east-1", List.of(), false), sign.signing());
        Event retry = seen.stream().filter(e -> e.name().equals(Events.needsRetry("sqs", "ListQueues")))
                .findFirst().orElseThrow();
        assertEquals("http://127.0.0.1:1", retry.endpoint().url());
    }

    private static String family(Event e) {
        return e.name().substring(0, e.name().indexOf('.'));
    }

    @Test
    void namesBuiltByEventsMatchWhatThePipelineEmits() {
        assertTrue(seen.stream().anyMatch(e -> e.name().equals(Events.beforeCall("s3", "PutObject"))));
        assertTrue(seen.stream().anyMatch(e -> e.name().equals(Events.afterCallError("sqs", "ListQueues"))));
        assertTrue(seen.stream().anyMatch(e -> e.name().equals(Events.beforeEndpointResolution("s3"))));
    }
}
