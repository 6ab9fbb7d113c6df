package io.boto4j.internal.protocol;

import io.boto4j.model.OperationModel;
import java.util.Map;

/** Turns validated parameters into a {@link SerializedRequest}; one implementation per wire protocol. */
public interface ProtocolSerializer {
    SerializedRequest serialize(OperationModel operation, Map<String, Object> params);
}
