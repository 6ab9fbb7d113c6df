package io.boto4j.events;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.loader.ServiceData;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventTest {
    private static OperationModel putObject;

    @BeforeAll
    static void loadModel() {
        Loader loader = Loader.fromEnvironment();
        ServiceData data = loader.loadServiceData("s3", "service-2", null);
        putObject = ModelTrees.parse("s3", data.bytes(), data.origin(), data.extras()).operationModel("PutObject");
    }

    @Test
    void serviceAndOperationAreTheSecondAndThirdPartOfTheName() {
        Event e = Event.of("before-call.s3.PutObject", new HashMap<>());
        assertEquals("before-call.s3.PutObject", e.name());
        assertEquals("s3", e.service());
        assertEquals("PutObject", e.operation());
        Event family = Event.of("before-call", new HashMap<>());
        assertNull(family.service());
        assertNull(family.operation());
    }

    @Test
    void aPerServiceEventNamesTheOperationOfItsModel() {
        Event e = CallEvents.beforeEndpointResolution("before-endpoint-resolution.s3", new HashMap<>(), putObject,
                Map.of(), new HashMap<>());
        assertEquals("s3", e.service());
        assertEquals("PutObject", e.operation());
    }

    @Test
    void typedReadsAnswerWhatTheEventCarriesUnderItsBotocoreName() {
        Map<String, Object> params = new HashMap<>(Map.of("Bucket", "b"));
        Map<String, Object> context = new HashMap<>();
        HttpRequest.Builder request = HttpRequest.builder().method("PUT").uri("https://b.s3.amazonaws.com/k");
        Event call = CallEvents.beforeCall("before-call.s3.PutObject", putObject, params, request, context);
        assertSame(params, call.params());
        assertSame(context, call.context());
        assertSame(request, call.request());
        assertSame(putObject, call.operationModel());
        assertSame(putObject, call.kwargs().get("model"));
        assertNull(call.httpResponse());
        assertNull(call.parsed());
        assertNull(call.signing());
        assertNull(call.attempts());
    }

    @Test
    void oneReadCoversTheNamesBotocoreGivesTheSameThingInDifferentEvents() {
        HttpResponse response = HttpResponse.of(200, HttpHeaders.empty(), new byte[0]);
        Map<String, Object> parsed = new HashMap<>();
        Event parse = CallEvents.beforeParse("before-parse.s3.PutObject", putObject, response, new HashMap<>());
        assertSame(putObject, parse.operationModel());
        assertSame(putObject, parse.kwargs().get("operation_model"));
        Event received = CallEvents.responseReceived("response-received.s3.PutObject", null, response, parsed,
                new HashMap<>());
        assertSame(response, received.httpResponse());
        assertSame(parsed, received.parsed());
        IOException failure = new IOException("reset");
        Event retry = CallEvents.needsRetry("needs-retry.s3.PutObject", null, null, null, putObject, Map.of(), 2,
                failure, null, HttpRequest.builder(), region -> null, new HashMap<>());
        assertSame(putObject, retry.operationModel());
        assertSame(failure, retry.exception());
        assertEquals(2, retry.attempts());
    }

    @Test
    void rerouteCallsThePipelinesRerouteWithTheRegion() {
        Endpoint west = new Endpoint("https://s3.us-west-2.amazonaws.com", Map.of(), Map.of());
        String[] asked = new String[1];
        Event retry = CallEvents.needsRetry("needs-retry.s3.PutObject", null, null, null, putObject, Map.of(), 1,
                null, null, HttpRequest.builder(), region -> {
                    asked[0] = region;
                    return west;
                }, new HashMap<>());
        assertSame(west, retry.rerouteToRegion("us-west-2"));
        assertEquals("us-west-2", asked[0]);
        Event call = Event.of("after-call.s3.PutObject", new HashMap<>());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call.rerouteToRegion("us-west-2"));
        assertTrue(e.getMessage().contains("needs-retry"), e.getMessage());
    }

    @Test
    void anUnsignedRequestHasNoSigningContextInsteadOfAString() {
        Event unsigned = CallEvents.beforeSign("before-sign.s3.PutObject", HttpRequest.builder(), "PutObject", null,
                new HashMap<>());
        assertNull(unsigned.signing());
        assertTrue(unsigned.kwargs().containsKey("signing"));
        Signing ctx = new Signing("sigv4", "s3", "us-east-1", List.of(), false);
        Event signed = CallEvents.beforeSign("before-sign.s3.PutObject", HttpRequest.builder(), "PutObject", ctx,
                new HashMap<>());
        assertSame(ctx, signed.signing());
        assertEquals("PutObject", signed.operationName());
    }

    @Test
    void anSdkEventsKwargsRefuseAnotherTypeUnderADocumentedName() {
        Event call = CallEvents.beforeCall("before-call.s3.PutObject", putObject, new HashMap<>(),
                HttpRequest.builder(), new HashMap<>());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> call.kwargs().put("request", HttpRequest.builder().method("GET").uri("https://h/").build()));
        assertTrue(e.getMessage().contains("'request'") && e.getMessage().contains("HttpRequest$Builder"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> call.kwargs().put("signing", "none"));
        assertThrows(IllegalArgumentException.class, () -> call.kwargs().putAll(Map.of("model", "PutObject")));
        call.kwargs().put("my_plugin_note", 42);
        assertEquals(42, call.get("my_plugin_note", Integer.class));
    }

    @Test
    void aReadOfTheWrongTypeNamesTheArgumentAndBothTypes() {
        Event e = Event.of("x.y", new HashMap<>(Map.of("note", "text")));
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> e.get("note", Integer.class));
        assertTrue(wrong.getMessage().contains("'note'") && wrong.getMessage().contains("java.lang.String"),
                wrong.getMessage());
        assertNull(e.get("absent", String.class));
    }

    @Test
    void toStringShowsArgumentNamesButNoValues() {
        Event e = Event.of("before-call.s3.PutObject", new HashMap<>(Map.of("params", Map.of("SSECustomerKey", "s3cr3t"))));
        assertTrue(e.toString().contains("params"));
        assertFalse(e.toString().contains("s3cr3t"));
    }
}
