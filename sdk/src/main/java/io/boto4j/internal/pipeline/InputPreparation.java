package io.boto4j.internal.pipeline;

import io.boto4j.model.OperationModel;
import java.util.Map;

/**
 * The step between the caller's parameters and the serializer: defaults the pipeline adds to the input (the
 * response-checksum mode). Validation belongs to the serializer (a validating decorator), as in botocore.
 */
final class InputPreparation {
    private final ChecksumStage checksums;

    InputPreparation(ChecksumStage checksums) {
        this.checksums = checksums;
    }

    Map<String, Object> prepare(OperationModel op, Map<String, Object> params) {
        return checksums.prepareParams(op, params);
    }
}
