package io.boto4j.internal.customizations;

import io.boto4j.internal.auth.SigningContext;
import io.boto4j.config.ResolvedClientConfig;
import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.ServiceModel;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * What a customization sees of the client it is installed on.
 *
 * @param model     the service model
 * @param config    the client's effective configuration
 * @param events    the client's own emitter
 * @param region    the client's region
 * @param presigner presigns requests with the client's credentials (cross-region source URLs, auth tokens)
 * @param extensions where a customization adds the service's extensions of the client
 *                   ({@code client.extension(type)}: boto3's methods injected into a service's clients)
 */
public record CustomizationContext(ServiceModel model, ResolvedClientConfig config, EventEmitter events, String region,
                                   Presigner presigner, Extensions extensions) {

    /** The client's extensions, by the type users ask for. */
    public interface Extensions {
        <T> void add(Class<T> type, T extension);
    }

    /** A request ready to be presigned and the context to sign it with (its payload unsigned). */
    public record PresignableRequest(HttpRequest request, SigningContext signing) {
    }

    /** Presigning with the client's credentials, for customizations that need a URL instead of a call. */
    public interface Presigner {
        /**
         * An operation's request as this client serialized it, presigned as a client of {@code region} would:
         * moved to that region's endpoint, signed for it, its body moved into the query.
         */
        URI inRegion(String operationName, Map<String, Object> params, HttpRequest request, String region,
                     Duration expiresIn);

        /** A request that is no operation of the model (a database auth token), presigned with SigV4. */
        URI request(HttpRequest request, String signingName, String region, Duration expiresIn);

        /**
         * An operation's request as a presigned URL is made of it (the call's events, validation and endpoint, then
         * a signing context with an unsigned payload), for a customization that signs it its own way.
         *
         * @param httpMethod a method to use instead of the operation's, or null
         */
        PresignableRequest operation(String operationName, Map<String, Object> params, String httpMethod);
    }
}
