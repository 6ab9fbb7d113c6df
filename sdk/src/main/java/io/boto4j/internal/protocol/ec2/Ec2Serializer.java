package io.boto4j.internal.protocol.ec2;

import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.protocol.query.QueryFormWriter;
import io.boto4j.internal.protocol.query.QuerySerializer;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code ec2} protocol: the query request with ec2's member names and always-flattened lists. */
public final class Ec2Serializer implements ProtocolSerializer {
    private final QuerySerializer delegate;

    public Ec2Serializer(Supplier<String> idempotencyTokens) {
        this.delegate = new QuerySerializer(QueryFormWriter.ec2(), idempotencyTokens);
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        return delegate.serialize(operation, params);
    }
}
