package io.boto4j.events;

import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The one Java type of each argument name the SDK's events carry (the table in the package documentation). An
 * event's {@link Event#kwargs() kwargs} refuse a value of another type under one of these names, so a name means
 * the same thing in every event. {@code client} is not checked here: its type lives in a layer above this package.
 */
final class Arguments {
    private Arguments() {
    }

    static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("params", Map.class),
            Map.entry("context", Map.class),
            Map.entry("builtins", Map.class),
            Map.entry("parsed", Map.class),
            Map.entry("parsed_response", Map.class),
            Map.entry("response", Map.class),
            Map.entry("model", OperationModel.class),
            Map.entry("operation_model", OperationModel.class),
            Map.entry("operation", OperationModel.class),
            Map.entry("operation_name", String.class),
            Map.entry("service_model", ServiceModel.class),
            Map.entry("request", HttpRequest.Builder.class),
            Map.entry("request_dict", HttpRequest.class),
            Map.entry("http_response", HttpResponse.class),
            Map.entry("response_dict", HttpResponse.class),
            Map.entry("signing", Signing.class),
            Map.entry("signing_name", String.class),
            Map.entry("region_name", String.class),
            Map.entry("signature_version", String.class),
            Map.entry("endpoint", Endpoint.class),
            Map.entry("attempts", Integer.class),
            Map.entry("exception", Exception.class),
            Map.entry("caught_exception", Exception.class),
            Map.entry("reroute_to_region", Function.class),
            Map.entry("url", String.class),
            Map.entry("region", String.class),
            Map.entry("expires", Duration.class));

    /** Fails when {@code value} is not of the type {@code name} has in every event. */
    static void check(String eventName, String name, Object value) {
        Class<?> type = TYPES.get(name);
        if (value != null && type != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("argument '" + name + "' of event " + eventName + " is a "
                    + type.getName() + " in every event, not a " + value.getClass().getName()
                    + "; put other values under a name of your own");
        }
    }
}
