package io.boto4j.events;

import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One emitted event, as a {@link TypedEventHandler} receives it: its full name, typed reads of what it carries,
 * and botocore's keyword arguments as a map ({@link #kwargs()}) for handlers ported from boto3.
 *
 * <p>Every argument name has one Java type in every event (the table in the package documentation); a typed
 * read answers null when the event does not carry that argument. Arguments that botocore spells differently in
 * different events are read through one accessor: {@link #operationModel()} reads {@code model},
 * {@code operation_model} or {@code operation}; {@link #httpResponse()} reads {@code http_response} or
 * {@code response_dict}; {@link #parsed()} reads {@code parsed} or {@code parsed_response}; {@link #exception()}
 * reads {@code exception} or {@code caught_exception}.
 *
 * <p>The objects an event carries are the call's own: changing {@code params}, {@code context},
 * {@code builtins}, the {@code request} builder or the {@code parsed} result changes the call, where the event's
 * documentation says it may. The kwargs map is shared by the handlers of one emission; a handler may add
 * arguments of its own to it for later handlers, and a value put under one of the table's names must have that
 * name's type.
 */
public final class Event {
    private final String name;
    private final Map<String, Object> kwargs;

    private Event(String name, Map<String, Object> kwargs) {
        this.name = name;
        this.kwargs = kwargs;
    }

    /** An event over arguments a caller assembled (plugins' own events, tests); the map is used as it is. */
    public static Event of(String name, Map<String, Object> kwargs) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name must be a non-empty dotted name, got '" + name + "'");
        }
        return new Event(name, Objects.requireNonNull(kwargs, "kwargs"));
    }

    /** An event the SDK emits: its arguments are checked against the table of argument types as they are put. */
    static Event typed(String name, TypedKwargs kwargs) {
        return new Event(name, kwargs);
    }

    /** The full name emitted, such as {@code before-call.s3.PutObject} (never the pattern a handler used). */
    public String name() {
        return name;
    }

    /** The service's event name: the name's second part ({@code s3}, {@code cloudwatch-logs}); null if none. */
    public String service() {
        int first = name.indexOf('.');
        if (first < 0) {
            return null;
        }
        int second = name.indexOf('.', first + 1);
        return second < 0 ? name.substring(first + 1) : name.substring(first + 1, second);
    }

    /**
     * The operation's name: the name's third part ({@code PutObject}), or for a per-service event that carries an
     * operation model (before-endpoint-resolution) that model's name; null when the event has no operation.
     */
    public String operation() {
        int first = name.indexOf('.');
        int second = first < 0 ? -1 : name.indexOf('.', first + 1);
        if (second >= 0) {
            int third = name.indexOf('.', second + 1);
            return third < 0 ? name.substring(second + 1) : name.substring(second + 1, third);
        }
        String named = operationName();
        if (named != null) {
            return named;
        }
        OperationModel op = operationModel();
        return op == null ? null : op.name();
    }

    /**
     * botocore's keyword arguments of this event, by botocore's names; shared by the event's handlers. The
     * two-argument {@link EventHandler} form receives this map.
     */
    public Map<String, Object> kwargs() {
        return kwargs;
    }

    /** The call's parameters ({@code params}); before-parameter-build handlers may change them in place. */
    public Map<String, Object> params() {
        return map("params");
    }

    /** The call's context ({@code context}): a map handlers of one call share across its events. */
    public Map<String, Object> context() {
        return map("context");
    }

    /** The rule set's built-ins of before-endpoint-resolution ({@code builtins}); handlers may change them. */
    public Map<String, Object> builtins() {
        return map("builtins");
    }

    /**
     * The parsed result: {@code parsed} (after-call, needs-retry) or {@code parsed_response} (response-received);
     * after-call handlers may change it. Null when the call produced none.
     */
    public Map<String, Object> parsed() {
        Map<String, Object> parsed = map("parsed");
        return parsed != null ? parsed : map("parsed_response");
    }

    /** The operation's model: {@code model}, {@code operation_model} (before-parse) or {@code operation} (needs-retry). */
    public OperationModel operationModel() {
        OperationModel op = get("model", OperationModel.class);
        if (op == null) {
            op = get("operation_model", OperationModel.class);
        }
        return op != null ? op : get("operation", OperationModel.class);
    }

    /** {@code operation_name} (request-created, before-sign). */
    public String operationName() {
        return get("operation_name", String.class);
    }

    /**
     * The request as a builder ({@code request}): before signing in before-call, request-created, before-sign and
     * needs-retry; in before-send the signed request, whose changes are sent as they are (not signed again).
     */
    public HttpRequest.Builder request() {
        return get("request", HttpRequest.Builder.class);
    }

    /** The signed request as it was sent ({@code request_dict}, needs-retry). */
    public HttpRequest sentRequest() {
        return get("request_dict", HttpRequest.class);
    }

    /** The HTTP response: {@code http_response} (before-parse, needs-retry, after-call) or {@code response_dict}. */
    public HttpResponse httpResponse() {
        HttpResponse r = get("http_response", HttpResponse.class);
        return r != null ? r : get("response_dict", HttpResponse.class);
    }

    /** How the attempt is signed ({@code signing}, before-sign); null when the request goes unsigned. */
    public Signing signing() {
        return get("signing", Signing.class);
    }

    /** The endpoint the attempt went to ({@code endpoint}, needs-retry). */
    public Endpoint endpoint() {
        return get("endpoint", Endpoint.class);
    }

    /** The attempt's number, from 1 ({@code attempts}, needs-retry); null when the event has none. */
    public Integer attempts() {
        return get("attempts", Integer.class);
    }

    /** The failure: {@code exception} (after-call-error, response-received) or {@code caught_exception} (needs-retry). */
    public Exception exception() {
        Exception e = get("exception", Exception.class);
        return e != null ? e : get("caught_exception", Exception.class);
    }

    /** {@code signing_name} (choose-signer). */
    public String signingName() {
        return get("signing_name", String.class);
    }

    /** {@code region_name} (choose-signer). */
    public String regionName() {
        return get("region_name", String.class);
    }

    /** {@code signature_version} (choose-signer). */
    public String signatureVersion() {
        return get("signature_version", String.class);
    }

    /**
     * Points the call's retry at another region's endpoint ({@code reroute_to_region}, needs-retry) and answers
     * that endpoint; a handler that reroutes returns a number of seconds to force the retry.
     *
     * @throws IllegalStateException when this event cannot reroute
     */
    public Endpoint rerouteToRegion(String region) {
        Function<?, ?> reroute = get("reroute_to_region", Function.class);
        if (reroute == null) {
            throw new IllegalStateException("event " + name + " cannot reroute a call; needs-retry events can");
        }
        @SuppressWarnings("unchecked") // the pipeline puts a Function<String, Endpoint> under this name
        Function<String, Endpoint> typed = (Function<String, Endpoint>) reroute;
        return typed.apply(region);
    }

    /**
     * Any argument by name, of the type asked for ({@code client}, {@code service_model} of
     * creating-client-class, or a plugin's own); null when absent.
     *
     * @throws IllegalStateException when the argument is of another type
     */
    public <T> T get(String argument, Class<T> type) {
        Object value = kwargs.get(argument);
        if (value == null) {
            return null;
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("argument '" + argument + "' of event " + name + " is a "
                    + value.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(value);
    }

    @SuppressWarnings("unchecked") // the table gives these names the type Map; SDK events hold Map<String, Object>
    private Map<String, Object> map(String argument) {
        return (Map<String, Object>) get(argument, Map.class);
    }

    @Override
    public String toString() {
        // names only: values may hold secrets (params, signing credentials)
        return "Event[" + name + ", arguments=" + kwargs.keySet() + "]";
    }
}
