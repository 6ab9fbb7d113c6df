package io.boto4j.internal.protocol.validate;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import java.util.List;
import java.util.Map;

/** Validates parameters against the operation's input shape, then hands them to the protocol serializer. */
public final class ValidatingSerializer implements ProtocolSerializer {
    private final ParamValidator validator;
    private final ProtocolSerializer delegate;

    public ValidatingSerializer(ParamValidator validator, ProtocolSerializer delegate) {
        this.validator = validator;
        this.delegate = delegate;
    }

    /** The serializer this one validates for. */
    public ProtocolSerializer delegate() {
        return delegate;
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        StructureShape input = operation.inputShape();
        if (input != null) {
            List<String> problems = validator.validate(params == null ? Map.of() : params, input);
            if (!problems.isEmpty()) {
                throw new ParamValidationError(problems);
            }
        }
        return delegate.serialize(operation, params);
    }
}
