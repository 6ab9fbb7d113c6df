package io.boto4j.internal.pipeline;

import io.boto4j.internal.endpoints.EndpointParams;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.events.CallEvents;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.Events;
import io.boto4j.model.OperationModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a call goes: the service's rule set evaluated with the client's built-ins and the call's context
 * parameters. {@code before-endpoint-resolution} handlers may change the built-ins of one call (botocore's
 * {@code builtins} argument); without handlers nothing is copied.
 */
final class EndpointStage {
    private final EndpointResolver resolver;
    private final EndpointParams params;
    private final String fixedUrl;
    private final String eventName;

    /**
     * @param resolver the compiled rule set, or null for data without one (then {@code fixedUrl} is used)
     * @param fixedUrl the legacy endpoint when there is no rule set
     */
    EndpointStage(EndpointResolver resolver, EndpointParams params, String fixedUrl, String serviceEventName) {
        this.resolver = resolver;
        this.params = params;
        this.fixedUrl = fixedUrl;
        this.eventName = Events.beforeEndpointResolution(serviceEventName);
    }

    ResolvedEndpoint resolve(EventEmitter events, OperationModel operation, Map<String, Object> callParams,
                             Map<String, Object> context) {
        if (resolver == null) {
            return new ResolvedEndpoint(fixedUrl, Map.of(), Map.of(), List.of());
        }
        Map<String, Object> builtIns = params.builtIns();
        if (events.hasHandlers(eventName)) {
            Map<String, Object> mutable = new HashMap<>(builtIns);
            events.emit(CallEvents.beforeEndpointResolution(eventName, mutable, operation, callParams, context));
            builtIns = mutable;
        }
        return resolver.resolve(builtIns, params.clientContext(), params.useSsl(), operation, callParams);
    }

    /** The same call's endpoint in another region (a customization redirecting a call there). */
    ResolvedEndpoint resolveInRegion(OperationModel operation, Map<String, Object> callParams, String region) {
        if (resolver == null) {
            return new ResolvedEndpoint(fixedUrl, Map.of(), Map.of(), List.of());
        }
        Map<String, Object> builtIns = new HashMap<>(params.builtIns());
        builtIns.put("AWS::Region", region);
        return resolver.resolve(builtIns, params.clientContext(), params.useSsl(), operation, callParams);
    }

    /** The endpoint without an operation (what {@code client.meta().endpointUrl()} reports). */
    String clientEndpointUrl() {
        if (resolver == null) {
            return fixedUrl;
        }
        try {
            return resolver.resolve(params.builtIns(), params.clientContext(), params.useSsl(), null, null).url();
        } catch (RuntimeException operationSpecific) {
            // some rule sets need operation input (a bucket, an ARN) to answer at all
            return null;
        }
    }
}
