package io.boto4j.testing;

import io.boto4j.client.Client;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.Event;
import io.boto4j.events.Events;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.validate.ParamValidator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * boto3's {@code Stubber}, for users' unit tests: queue canned responses (validated against the operation's
 * output shape) and expected parameters, {@link #activate()}, and the client answers from the queue instead of
 * the network. Built on the client's public events only: expected parameters are checked on
 * {@code before-parameter-build}, responses returned from {@code before-call}.
 *
 * <pre>{@code
 * try (Stubber stubber = new Stubber(s3)) {
 *     stubber.addResponse("ListBuckets", Map.of("Buckets", List.of()), Map.of());
 *     stubber.activate();
 *     s3.call("list_buckets", Map.of());
 *     stubber.assertNoPendingResponses();
 * }
 * }</pre>
 */
public final class Stubber implements AutoCloseable {
    /** Matches any value in expected parameters, as {@code botocore.stub.ANY}. */
    public static final Object ANY = new Object() {
        @Override
        public String toString() {
            return "<ANY>";
        }
    };

    private static final String PARAMS_EVENT = Events.beforeParameterBuild(Events.ANY, Events.ANY);
    private static final String CALL_EVENT = Events.beforeCall(Events.ANY, Events.ANY);

    private final Client client;
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final TypedEventHandler checkParams = this::checkParams;
    private final TypedEventHandler respond = this::respond;
    private final String uniqueId = "boto4j-stubber-" + System.identityHashCode(this);

    private record Queued(String operation, Map<String, Object> response, Map<String, Object> expectedParams) {
    }

    public Stubber(Client client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public Stubber activate() {
        EventEmitter events = client.meta().events();
        events.register(PARAMS_EVENT, checkParams, uniqueId + "-params");
        events.register(CALL_EVENT, respond, uniqueId + "-call");
        return this;
    }

    public Stubber deactivate() {
        EventEmitter events = client.meta().events();
        events.unregister(PARAMS_EVENT, checkParams, uniqueId + "-params", false);
        events.unregister(CALL_EVENT, respond, uniqueId + "-call", false);
        return this;
    }

    /** Deactivates: a try-with-resources block is botocore's {@code with stubber:}. */
    @Override
    public void close() {
        deactivate();
    }

    public Stubber addResponse(String operationName, Map<String, Object> serviceResponse) {
        return addResponse(operationName, serviceResponse, null);
    }

    /**
     * Queues a successful response; {@code expectedParams} (null: not checked) must equal the call's parameters,
     * with {@link #ANY} matching any value.
     */
    public Stubber addResponse(String operationName, Map<String, Object> serviceResponse,
                               Map<String, Object> expectedParams) {
        OperationModel op = client.meta().serviceModel().operationModel(operationName);
        validateResponse(op, serviceResponse);
        Map<String, Object> response = new LinkedHashMap<>(serviceResponse);
        response.putIfAbsent("ResponseMetadata", new LinkedHashMap<>(Map.of("HTTPStatusCode", 200)));
        queue.addLast(new Queued(op.name(), response, expectedParams));
        return this;
    }

    /** Queues an error response, as {@code add_client_error} with its defaults (HTTP 400, empty message). */
    public Stubber addClientError(String operationName, String serviceErrorCode, String serviceMessage) {
        return addClientError(operationName, serviceErrorCode, serviceMessage, 400, null, null, null, null);
    }

    /**
     * Queues an error response.
     *
     * @param serviceErrorMeta more entries of the {@code Error} map
     * @param responseMeta     more entries of {@code ResponseMetadata}
     * @param modeledFields    members of the modeled error, validated against its shape
     */
    public Stubber addClientError(String operationName, String serviceErrorCode, String serviceMessage,
                                  int httpStatusCode, Map<String, Object> serviceErrorMeta,
                                  Map<String, Object> expectedParams, Map<String, Object> responseMeta,
                                  Map<String, Object> modeledFields) {
        OperationModel op = client.meta().serviceModel().operationModel(operationName);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", serviceErrorCode == null ? "" : serviceErrorCode);
        error.put("Message", serviceMessage == null ? "" : serviceMessage);
        if (serviceErrorMeta != null) {
            error.putAll(serviceErrorMeta);
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("HTTPStatusCode", httpStatusCode);
        if (responseMeta != null) {
            metadata.putAll(responseMeta);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Error", error);
        response.put("ResponseMetadata", metadata);
        if (modeledFields != null) {
            StructureShape shape = client.exceptions().shape(serviceErrorCode);
            if (shape != null) {
                throwIfInvalid(new ParamValidator().validate(modeledFields, shape));
            }
            response.putAll(modeledFields);
        }
        queue.addLast(new Queued(op.name(), response, expectedParams));
        return this;
    }

    /** Fails when queued responses were not used. */
    public void assertNoPendingResponses() {
        if (!queue.isEmpty()) {
            throw new StubAssertionError("Expected all responses to be used; " + queue.size()
                    + " remain, the next for " + queue.peekFirst().operation());
        }
    }

    private Object checkParams(Event event) {
        OperationModel op = event.operationModel();
        Queued next = queue.peekFirst();
        if (next == null) {
            throw new UnStubbedResponseError("Unexpected API call: " + op.name() + " (no stubbed response queued)");
        }
        if (!next.operation().equals(op.name())) {
            throw new StubResponseError(op.name(), "Operation mismatch: found response for " + next.operation());
        }
        if (next.expectedParams() != null) {
            Map<String, Object> actual = event.params();
            if (!matches(next.expectedParams(), actual)) {
                throw new StubAssertionError("Expected parameters:\n" + next.expectedParams() + ",\nbut received:\n"
                        + actual + " (operation " + op.name() + ")");
            }
        }
        return null;
    }

    private Object respond(Event event) {
        Queued next = queue.pollFirst();
        if (next == null) {
            OperationModel op = event.operationModel();
            throw new UnStubbedResponseError("Unexpected API call: " + op.name() + " (no stubbed response queued)");
        }
        return deepCopy(next.response());
    }

    private static boolean matches(Object expected, Object actual) {
        if (expected == ANY) {
            return true;
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!e.keySet().equals(a.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> entry : e.entrySet()) {
                if (!matches(entry.getValue(), a.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!matches(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof byte[] e && actual instanceof byte[] a) {
            return java.util.Arrays.equals(e, a);
        }
        return Objects.equals(expected, actual);
    }

    private void validateResponse(OperationModel op, Map<String, Object> response) {
        StructureShape output = op.outputShape();
        Map<String, Object> withoutMeta = new LinkedHashMap<>(response);
        withoutMeta.remove("ResponseMetadata");
        if (output == null) {
            if (!withoutMeta.isEmpty()) {
                throw new ParamValidationError(List.of("Operation " + op.name() + " has no output, but the stubbed "
                        + "response has " + withoutMeta.keySet()));
            }
            return;
        }
        throwIfInvalid(new ParamValidator().validate(withoutMeta, output));
    }

    private static void throwIfInvalid(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ParamValidationError(problems);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> inner ? deepCopy((Map<String, Object>) inner)
                : v instanceof List<?> l ? new ArrayList<>(l) : v));
        return out;
    }
}
