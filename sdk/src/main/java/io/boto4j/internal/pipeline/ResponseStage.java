package io.boto4j.internal.pipeline;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.ProtocolParser;
import io.boto4j.internal.retry.AttemptOutcome;
import java.util.Map;

/** Turns an attempt's HTTP response into boto3's result map and into what the retry strategy judges. */
final class ResponseStage {
    private final ProtocolParser parser;
    private final ChecksumStage checksums;
    private final boolean retryNeedsBody;

    ResponseStage(ProtocolParser parser, ChecksumStage checksums, boolean retryNeedsBody) {
        this.parser = parser;
        this.checksums = checksums;
        this.retryNeedsBody = retryNeedsBody;
    }

    Map<String, Object> parseSuccess(OperationModel op, Map<String, Object> params, HttpResponse response) {
        return checksums.validateResponse(op, params, response, parser.parse(op, response));
    }

    Map<String, Object> parseError(OperationModel op, HttpResponse response) {
        return parser.parseError(op, response);
    }

    AttemptOutcome outcome(OperationModel op, int attempt, HttpResponse response, Map<String, Object> parsed) {
        String code = null;
        if (response.statusCode() >= 300 && parsed.get("Error") instanceof Map<?, ?> error && error.get("Code") != null) {
            code = error.get("Code").toString();
        }
        AttemptOutcome outcome = AttemptOutcome.response(attempt, response.statusCode(), code,
                response.headers().toLowerCaseMap());
        if (code != null) {
            AttemptOutcome.ModeledRetry modeled = modeledRetry(op, code);
            if (modeled != null) {
                outcome = outcome.withModeledRetry(modeled);
            }
        }
        if (retryNeedsBody && !op.hasStreamingOutput() && !op.hasEventStreamOutput()) {
            outcome = outcome.withBody(response.bodyBytes());
        }
        return outcome;
    }

    /** The {@code retryable} trait of the modeled error with this code, if the operation declares one. */
    private static AttemptOutcome.ModeledRetry modeledRetry(OperationModel op, String code) {
        for (StructureShape error : op.errorShapes()) {
            if (code.equals(error.errorCode())) {
                JsonNode retryable = ModelTrees.trait(error, "retryable");
                if (retryable == null) {
                    return null;
                }
                return retryable.path("throttling").asBoolean(false)
                        ? AttemptOutcome.ModeledRetry.THROTTLING : AttemptOutcome.ModeledRetry.TRANSIENT;
            }
        }
        return null;
    }
}
