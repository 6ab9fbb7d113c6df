package io.boto4j.spring.autoconfigure.observation;

import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;

/**
 * Observes every call of the clients of one event emitter through the SDK's public events, in the call path's
 * order: {@code before-call} starts the observation and keeps it in the call's {@code context} argument,
 * {@code needs-retry} counts attempts (a retry is known once the next attempt is made), {@code after-call} or
 * {@code after-call-error} stops it. The SDK emits {@code after-call-error} for every exception a call throws
 * that no {@code after-call} reported (no credentials at signing, a handler's exception, no response), so every
 * observation started is stopped. A call that fails before {@code before-call} (parameter validation, endpoint
 * resolution, serialization) is observed too: {@code provide-client-params}, the first event of every call, notes
 * its operation, and its {@code after-call-error} starts and stops an observation at once. The handlers are
 * registered only when an {@link ObservationRegistry} exists, so without one the call path emits none of these.
 */
public final class SdkCallObserver {
    /** The counter {@code boto4j.client.requests.retries} of the meter handler: one per retried attempt. */
    public static final Observation.Event RETRY = Observation.Event.of("retries", "A failed attempt retried");

    private static final String KEY = SdkCallObserver.class.getName();
    private static final String OPERATION = KEY + ".operation";

    private final ObservationRegistry registry;
    private final SdkCallObservationConvention convention;

    public SdkCallObserver(ObservationRegistry registry, SdkCallObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    /** Registers the handlers; clients copy their session's emitter, so register before they are created. */
    public void registerOn(EventEmitter events) {
        // At the Stubber's own depth and first, so stubbed calls are observed too.
        events.register("provide-client-params", this::provideClientParams);
        events.registerFirst("before-call.*.*", this::beforeCall);
        events.register("needs-retry", this::needsRetry);
        events.register("after-call", this::afterCall);
        events.register("after-call-error", this::afterCallError);
    }

    private Object provideClientParams(String eventName, Map<String, Object> kwargs) {
        Map<String, Object> context = context(kwargs);
        if (context != null && kwargs.get("model") instanceof OperationModel op) {
            context.put(OPERATION, op);
        }
        return null;
    }

    private Object beforeCall(String eventName, Map<String, Object> kwargs) {
        Map<String, Object> context = context(kwargs);
        if (context == null || !(kwargs.get("model") instanceof OperationModel op)) {
            return null;
        }
        HttpRequest.Builder request = kwargs.get("request") instanceof HttpRequest.Builder b ? b : null;
        SdkCallContext callContext = new SdkCallContext(op.serviceModel().serviceName(), op.name(), request);
        Observation observation = Observation.createNotStarted(convention, DEFAULT, () -> callContext, registry)
                .start();
        context.put(KEY, new Call(observation, callContext));
        return null;
    }

    private Object needsRetry(String eventName, Map<String, Object> kwargs) {
        Call call = call(kwargs);
        if (call == null || !(kwargs.get("attempts") instanceof Number n)) {
            return null;
        }
        int attempt = n.intValue();
        if (attempt > 1 && call.previous != null) {
            // Tag the retry with why the previous attempt failed; the convention's keys replace these at stop.
            call.observation.lowCardinalityKeyValue("outcome", call.previous.outcome().name())
                    .lowCardinalityKeyValue("error.code", call.previous.errorCode() == null ? "none"
                            : call.previous.errorCode())
                    .event(RETRY);
        }
        call.context.attempted(attempt);
        call.previous = attemptOutcome(kwargs);
        return null;
    }

    private Object afterCall(String eventName, Map<String, Object> kwargs) {
        Call call = remove(kwargs);
        if (call == null) {
            return null;
        }
        context(kwargs).remove(OPERATION);
        Map<String, Object> parsed = kwargs.get("parsed") instanceof Map<?, ?> m ? cast(m) : Map.of();
        Map<?, ?> meta = parsed.get("ResponseMetadata") instanceof Map<?, ?> mm ? mm : Map.of();
        int status = meta.get("HTTPStatusCode") instanceof Number s ? s.intValue() : 200;
        Object requestId = meta.get("RequestId");
        call.context.responded(status, errorCode(parsed), requestId == null ? null : requestId.toString(), parsed);
        call.observation.stop();
        return null;
    }

    private Object afterCallError(String eventName, Map<String, Object> kwargs) {
        Call call = remove(kwargs);
        Throwable failure = kwargs.get("exception") instanceof Throwable t ? t : null;
        if (call == null) {
            // failed before before-call: nothing was sent, so the observation starts and stops here
            Map<String, Object> context = context(kwargs);
            if (context == null || !(context.remove(OPERATION) instanceof OperationModel op)) {
                return null;
            }
            SdkCallContext callContext = new SdkCallContext(op.serviceModel().serviceName(), op.name(), null);
            call = new Call(Observation.createNotStarted(convention, DEFAULT, () -> callContext, registry).start(),
                    callContext);
        }
        call.context.failed(failure);
        call.observation.stop();
        return null;
    }

    private static Attempt attemptOutcome(Map<String, Object> kwargs) {
        if (kwargs.get("http_response") instanceof HttpResponse response) {
            Map<String, Object> parsed = kwargs.get("parsed") instanceof Map<?, ?> m ? cast(m) : Map.of();
            String code = errorCode(parsed);
            return new Attempt(SdkCallOutcome.of(response.statusCode(), code), code);
        }
        return new Attempt(SdkCallOutcome.IO_ERROR, null);
    }

    private static String errorCode(Map<String, Object> parsed) {
        if (parsed.get("Error") instanceof Map<?, ?> error && error.get("Code") != null) {
            String code = error.get("Code").toString();
            return code.isEmpty() ? null : code;
        }
        return null;
    }

    private static Map<String, Object> context(Map<String, Object> kwargs) {
        return kwargs.get("context") instanceof Map<?, ?> m ? cast(m) : null;
    }

    private static Call call(Map<String, Object> kwargs) {
        Map<String, Object> context = context(kwargs);
        return context != null && context.get(KEY) instanceof Call c ? c : null;
    }

    private static Call remove(Map<String, Object> kwargs) {
        Map<String, Object> context = context(kwargs);
        return context != null && context.remove(KEY) instanceof Call c ? c : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static final SdkCallObservationConvention DEFAULT = new DefaultSdkCallObservationConvention();

    /** One call in flight; lives in the call's context map, so it needs no thread-local and no lock. */
    private static final class Call {
        final Observation observation;
        final SdkCallContext context;
        Attempt previous;

        Call(Observation observation, SdkCallContext context) {
            this.observation = observation;
            this.context = context;
        }
    }

    private record Attempt(SdkCallOutcome outcome, String errorCode) {
    }
}
