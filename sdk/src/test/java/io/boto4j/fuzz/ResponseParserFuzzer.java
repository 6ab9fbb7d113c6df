package io.boto4j.fuzz;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.Parsers;
import java.util.Map;
import java.util.Set;

/**
 * Feeds a fuzzed body to a production response parser, as a success and as an error response, for one small
 * operation of each protocol. A parser may only raise ResponseParserError.
 */
final class ResponseParserFuzzer {
    private static final Loader LOADER = Loader.fromEnvironment();

    private final OperationModel operation;
    private final String contentType;

    ResponseParserFuzzer(String service, String operation, String contentType) {
        this.operation = ModelTrees.fromTree(service, LOADER.loadServiceModel(service, "service-2", null))
                .operationModel(operation);
        this.contentType = contentType;
    }

    void parse(int status, byte[] body) {
        HttpResponse response = HttpResponse.of(status, HttpHeaders.of(Map.of("Content-Type", contentType,
                "x-amzn-RequestId", "fuzz", "smithy-protocol", "rpc-v2-cbor")), body);
        FuzzFindings.allowOnly(Set.of(ResponseParserError.class), () -> {
            Map<String, Object> out = status < 300
                    ? Parsers.forModel(operation.serviceModel()).parse(operation, response)
                    : Parsers.forModel(operation.serviceModel()).parseError(operation, response);
            out.toString();
        });
    }
}
