package io.boto4j.internal.pipeline;

import io.boto4j.events.EventEmitter;
import io.boto4j.http.HttpClient;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.ProtocolParser;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.retry.RetryStrategy;
import java.util.function.UnaryOperator;

/**
 * Everything one client's calls share, built once when the client is created. Immutable, apart from the
 * state its parts keep for the client (retry quota, signing clock correction, connection pool).
 */
public record ClientRuntime(ServiceModel model, String regionName, EventEmitter events,
                            ProtocolSerializer serializer, ProtocolParser parser, EndpointStage endpoints,
                            SigningStage signing, HttpClient http, RetryStrategy retryStrategy, String userAgent,
                            boolean injectHostPrefix, ChecksumStage checksums, InputPreparation inputPreparation,
                            ResponseStage responses, CompressionStage compression,
                            UnaryOperator<OperationModel> operationAdapter) {

    /**
     * Assembles a runtime; the stages that only the pipeline uses are built here from plain settings.
     *
     * @param endpointResolver  the compiled rule set, or null for data without one
     * @param fixedEndpointUrl  the legacy endpoint when there is no rule set
     */
    public static ClientRuntime create(ServiceModel model, String regionName, EventEmitter events,
                                       ProtocolSerializer serializer, ProtocolParser parser,
                                       io.boto4j.internal.endpoints.EndpointResolver endpointResolver,
                                       io.boto4j.internal.endpoints.EndpointParams endpointParams, String fixedEndpointUrl,
                                       SigningStage signing, HttpClient http, RetryStrategy retryStrategy,
                                       String userAgent, boolean injectHostPrefix,
                                       String requestChecksumCalculation, String responseChecksumValidation,
                                       boolean disableRequestCompression, long requestMinCompressionSizeBytes,
                                       UnaryOperator<OperationModel> operationAdapter) {
        ChecksumStage checksums = new ChecksumStage(requestChecksumCalculation, responseChecksumValidation);
        return new ClientRuntime(model, regionName, events, serializer, parser,
                new EndpointStage(endpointResolver, endpointParams, fixedEndpointUrl, model.eventName()), signing,
                http, retryStrategy, userAgent, injectHostPrefix, checksums,
                new InputPreparation(checksums),
                new ResponseStage(parser, checksums, "legacy".equals(retryStrategy.mode())),
                new CompressionStage(disableRequestCompression, requestMinCompressionSizeBytes), operationAdapter);
    }

    /** The URL the client talks to when no operation input changes it, or null when the rule set needs input. */
    public String endpointUrl() {
        return endpoints.clientEndpointUrl();
    }
}
