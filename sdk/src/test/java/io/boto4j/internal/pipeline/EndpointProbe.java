package io.boto4j.internal.pipeline;

import io.boto4j.client.Client;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * The endpoint a real client's call would use, from the pipeline's own endpoint stage: the client config mapped to
 * built-ins and client context params by the production client factory, {@code before-endpoint-resolution}
 * handlers applied, then the rule set with the operation's static and context params. No request is sent.
 */
public final class EndpointProbe {
    private EndpointProbe() {
    }

    public static ResolvedEndpoint resolve(Client client, String operation, Map<String, Object> params) {
        ClientRuntime rt = pipelineOf(client).runtime();
        return rt.endpoints().resolve(rt.events(), rt.model().operationModel(operation), params, new HashMap<>());
    }

    private static CallPipeline pipelineOf(Client client) {
        try {
            // the client keeps its pipeline private; tests read it rather than widen the public API
            Field f = Client.class.getDeclaredField("pipeline");
            f.setAccessible(true);
            return (CallPipeline) f.get(client);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Client no longer holds its CallPipeline in field 'pipeline'", e);
        }
    }
}
