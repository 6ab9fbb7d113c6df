package io.boto4j.pipeline;

import io.boto4j.model.OperationModel;
import io.boto4j.protocol.validate.ParamValidator;
import java.util.Map;

/** The step between the caller's parameters and the serializer: checksum-mode defaults, then validation. */
final class InputPreparation {
    private final ChecksumStage checksums;
    private final boolean validate;

    InputPreparation(ChecksumStage checksums, boolean validate) {
        this.checksums = checksums;
        this.validate = validate;
    }

    Map<String, Object> prepare(OperationModel op, Map<String, Object> params) {
        Map<String, Object> prepared = checksums.prepareParams(op, params);
        if (validate) {
            ParamValidator.validate(op, prepared);
        }
        return prepared;
    }
}
