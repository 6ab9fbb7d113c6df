package io.boto4j.events;

import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.util.Map;
import java.util.function.Function;

/**
 * The events of a call, each built with exactly the arguments the package documentation lists for it, under
 * botocore's names. The call pipeline builds them only when {@link EventEmitter#hasHandlers} says someone
 * listens; tests of a handler may build them too. {@code name} is the full name ({@link Events}).
 */
public final class CallEvents {
    private CallEvents() {
    }

    /** A non-null map answered by a handler replaces the call's parameters. */
    public static Event provideClientParams(String name, Map<String, Object> params, OperationModel model,
                                            Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 3).with("params", params).with("model", model)
                .with("context", context));
    }

    /** Handlers may change {@code params} in place. */
    public static Event beforeParameterBuild(String name, Map<String, Object> params, OperationModel model,
                                             Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 3).with("params", params).with("model", model)
                .with("context", context));
    }

    /** Handlers may change {@code builtins} (a copy for this call) in place. */
    public static Event beforeEndpointResolution(String name, Map<String, Object> builtins, OperationModel model,
                                                 Map<String, Object> params, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 4).with("builtins", builtins).with("model", model)
                .with("params", params).with("context", context));
    }

    /** A non-null map answered by a handler is the call's result (the Stubber); the request may be changed. */
    public static Event beforeCall(String name, OperationModel model, Map<String, Object> params,
                                   HttpRequest.Builder request, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 4).with("model", model).with("params", params)
                .with("request", request).with("context", context));
    }

    public static Event requestCreated(String name, HttpRequest.Builder request, String operationName,
                                       Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 3).with("request", request)
                .with("operation_name", operationName).with("context", context));
    }

    /** A non-null answer is the signature version to use. */
    public static Event chooseSigner(String name, String signingName, String regionName, String signatureVersion,
                                     Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 4).with("signing_name", signingName)
                .with("region_name", regionName).with("signature_version", signatureVersion)
                .with("context", context));
    }

    /** @param signing null when the request goes unsigned */
    public static Event beforeSign(String name, HttpRequest.Builder request, String operationName,
                                   Signing signing, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 4).with("request", request)
                .with("operation_name", operationName).with("signing", signing).with("context", context));
    }

    /** A non-null {@link HttpResponse} answered is used instead of sending; changes to the request are sent. */
    public static Event beforeSend(String name, HttpRequest.Builder request, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 2).with("request", request).with("context", context));
    }

    /** A non-null {@link HttpResponse} answered replaces the one received. */
    public static Event beforeParse(String name, OperationModel operationModel, HttpResponse httpResponse,
                                    Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 3).with("operation_model", operationModel)
                .with("http_response", httpResponse).with("context", context));
    }

    /**
     * A non-null number answered is the seconds to wait before a forced retry.
     *
     * @param parsed      null when no response came ({@code response} and {@code parsed})
     * @param sentRequest the signed request as sent ({@code request_dict})
     * @param request     the call's request before signing
     */
    public static Event needsRetry(String name, Map<String, Object> parsed, HttpResponse httpResponse,
                                   Endpoint endpoint, OperationModel operation, Map<String, Object> params,
                                   int attempts, Exception caughtException, HttpRequest sentRequest,
                                   HttpRequest.Builder request, Function<String, Endpoint> rerouteToRegion,
                                   Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 12).with("response", parsed).with("parsed", parsed)
                .with("http_response", httpResponse).with("endpoint", endpoint).with("operation", operation)
                .with("params", params).with("attempts", attempts).with("caught_exception", caughtException)
                .with("request_dict", sentRequest).with("request", request)
                .with("reroute_to_region", rerouteToRegion).with("context", context));
    }

    /** Observers see the final response (null for a short-circuited call) and its parsed result. */
    public static Event responseReceived(String name, Exception exception, HttpResponse responseDict,
                                         Map<String, Object> parsedResponse, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 4).with("exception", exception)
                .with("response_dict", responseDict).with("parsed_response", parsedResponse)
                .with("context", context));
    }

    /** Handlers may change {@code parsed} in place. */
    public static Event afterCall(String name, HttpResponse httpResponse, Map<String, Object> parsed,
                                  OperationModel model, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 4).with("http_response", httpResponse)
                .with("parsed", parsed).with("model", model).with("context", context));
    }

    /** The call failed without any response. */
    public static Event afterCallError(String name, Exception exception, Map<String, Object> context) {
        return Event.typed(name, new TypedKwargs(name, 2).with("exception", exception).with("context", context));
    }

    /**
     * Once per client, after it is built. The client is typed as Object here because the client layer sits above this one.
     *
     * @param client the {@code io.boto4j.client.Client}
     */
    public static Event creatingClientClass(String name, Object client, ServiceModel serviceModel) {
        return Event.typed(name, new TypedKwargs(name, 2).with("client", client).with("service_model", serviceModel));
    }
}
