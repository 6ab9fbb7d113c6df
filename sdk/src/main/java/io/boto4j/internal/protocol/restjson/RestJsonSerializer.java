package io.boto4j.internal.protocol.restjson;

import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.BodyEncoder;
import io.boto4j.internal.protocol.HttpBindingSerializer;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.protocol.json.JsonBodyWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code rest-json} protocol: the rest HTTP binding with a JSON body. */
public final class RestJsonSerializer implements ProtocolSerializer {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final HttpBindingSerializer binding;

    public RestJsonSerializer(Supplier<String> idempotencyTokens) {
        this.binding = new HttpBindingSerializer(new JsonEncoder(), idempotencyTokens);
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        return binding.serialize(operation, params);
    }

    private static final class JsonEncoder implements BodyEncoder {
        @Override
        public byte[] encodeMembers(Map<String, Object> bodyParams, StructureShape input) {
            return JsonBodyWriter.writeStructure(bodyParams, input, null);
        }

        @Override
        public byte[] encodePayload(Object value, StructureShape input, String memberName) {
            return JsonBodyWriter.writeValue(value, input.member(memberName));
        }

        @Override
        public byte[] emptyPayload() {
            return EMPTY_OBJECT;
        }

        @Override
        public byte[] emptyBody(StructureShape input) {
            return EMPTY_OBJECT;
        }

        @Override
        public String contentType() {
            return "application/json";
        }
    }
}
