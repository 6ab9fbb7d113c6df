package io.boto4j.waiter;

import io.boto4j.exception.ClientError;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.exception.WaiterError;
import io.boto4j.internal.retry.Sleeper;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's waiter ({@code client.getWaiter("bucket_exists")}): calls the operation until an acceptor reaches
 * success or failure or the attempts run out, pausing {@code delay} between calls. Immutable and thread-safe.
 */
public final class Waiter {
    /** The parameter boto3 reads the waiting options from. */
    public static final String WAITER_CONFIG = "WaiterConfig";

    private final WaiterDefinition definition;
    private final OperationInvoker invoker;
    private final Sleeper sleeper;

    Waiter(WaiterDefinition definition, OperationInvoker invoker, Sleeper sleeper) {
        this.definition = definition;
        this.invoker = invoker;
        this.sleeper = sleeper;
    }

    /** The waiter's name as in the model ({@code BucketExists}). */
    public String name() {
        return definition.name();
    }

    /** The operation it polls ({@code HeadBucket}). */
    public String operationName() {
        return definition.operation();
    }

    public Duration delay() {
        return definition.delay();
    }

    public int maxAttempts() {
        return definition.maxAttempts();
    }

    /**
     * boto3's {@code wait}: returns once the success state is reached. A {@code WaiterConfig} entry
     * ({@code Delay} in seconds, {@code MaxAttempts}, or a {@link WaiterConfig}) is taken out of the parameters and
     * applied.
     *
     * @throws WaiterError on a failure state, an unmatched service error, running out of attempts or an
     *     interrupt (the thread's interrupt flag is then set again); it names the waiter, the reason and the last
     *     response
     */
    public void await(Map<String, ?> params) {
        Map<String, Object> rest = new LinkedHashMap<>(params == null ? Map.of() : params);
        Object config = rest.remove(WAITER_CONFIG);
        if (config instanceof WaiterConfig typed) {
            await(rest, typed);
            return;
        }
        if (config != null && !(config instanceof Map)) {
            throw new ParamValidationError(List.of("Invalid type for parameter "
                    + WAITER_CONFIG + ", value: " + config + ", type: " + config.getClass().getSimpleName()
                    + ", valid types: Map"));
        }
        await(rest, WaiterConfig.fromMap((Map<?, ?>) config));
    }

    /** {@link #await(Map)} with typed options. */
    public void await(Map<String, ?> params, WaiterConfig config) {
        Map<String, Object> copy = new LinkedHashMap<>(params == null ? Map.of() : params);
        copy.remove(WAITER_CONFIG);
        Map<String, Object> callParams = Collections.unmodifiableMap(copy);
        WaiterConfig cfg = config == null ? WaiterConfig.DEFAULT : config;
        Duration delay = cfg.delay() != null ? cfg.delay() : definition.delay();
        int maxAttempts = cfg.maxAttempts() != null ? cfg.maxAttempts() : definition.maxAttempts();

        Acceptor lastMatched = null;
        int attempts = 0;
        while (true) {
            Map<String, Object> response = call(callParams);
            attempts++;
            Acceptor matched = null;
            for (Acceptor acceptor : definition.acceptors()) {
                if (acceptor.matches(response)) {
                    matched = acceptor;
                    break;
                }
            }
            if (matched == null && Acceptor.isError(response)) {
                Map<?, ?> error = (Map<?, ?>) response.get("Error");
                throw new WaiterError(name(), "An error occurred (" + orUnknown(error.get("Code")) + "): "
                        + orUnknown(error.get("Message")), response);
            }
            if (matched != null) {
                lastMatched = matched;
                if (matched.state() == Acceptor.State.SUCCESS) {
                    return;
                }
                if (matched.state() == Acceptor.State.FAILURE) {
                    throw new WaiterError(name(), "Waiter encountered a terminal failure state: " + matched.explanation(),
                            response);
                }
            }
            if (attempts >= maxAttempts) {
                String reason = lastMatched == null ? "Max attempts exceeded"
                        : "Max attempts exceeded. Previously accepted state: " + lastMatched.explanation();
                throw new WaiterError(name(), reason, response);
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                WaiterError error = new WaiterError(name(), "Interrupted after " + attempts + " of " + maxAttempts
                        + " attempts", response);
                error.initCause(e);
                throw error;
            }
        }
    }

    private Map<String, Object> call(Map<String, Object> params) {
        Map<String, Object> response;
        try {
            response = invoker.invoke(definition.operation(), params);
        } catch (ClientError e) {
            // acceptors look at the error response as at any other: botocore's NormalizedOperationMethod
            response = e.getResponse();
        }
        return response == null ? Map.of() : response;
    }

    private static Object orUnknown(Object value) {
        return value == null ? "Unknown" : value;
    }

    @Override
    public String toString() {
        return "Waiter(" + definition.name() + ")";
    }
}
