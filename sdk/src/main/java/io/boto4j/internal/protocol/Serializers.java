package io.boto4j.internal.protocol;

import io.boto4j.exception.BotoCoreError;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.ec2.Ec2Serializer;
import io.boto4j.internal.protocol.json.JsonSerializer;
import io.boto4j.internal.protocol.query.QuerySerializer;
import io.boto4j.internal.protocol.restjson.RestJsonSerializer;
import io.boto4j.internal.protocol.restxml.RestXmlSerializer;
import io.boto4j.internal.protocol.rpcv2cbor.RpcV2CborSerializer;
import io.boto4j.internal.protocol.validate.ParamValidator;
import io.boto4j.internal.protocol.validate.ValidatingSerializer;
import java.util.List;
import java.util.function.Supplier;

/**
 * The serializer registry: one serializer per protocol name, validation as a decorator in front (botocore's
 * {@code create_serializer}). A serializer caches what it derives from each operation, so create one per
 * client and reuse it.
 */
public final class Serializers {
    /** The protocol names a serializer exists for. */
    public static final List<String> PROTOCOLS =
            List.of("query", "ec2", "json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor");

    private Serializers() {
    }

    /** The validating serializer for the protocol the model's metadata chooses. */
    public static ProtocolSerializer forModel(ServiceModel model) {
        return forModel(model, true);
    }

    /** The serializer for the model's protocol; {@code validate} is the {@code parameterValidation} setting. */
    public static ProtocolSerializer forModel(ServiceModel model, boolean validate) {
        String protocol = model.protocol();
        if (protocol == null) {
            throw new BotoCoreError("Service " + model.serviceName() + " names no protocol in its metadata");
        }
        return forProtocol(protocol, validate, IdempotencyTokenWriter.RANDOM_UUIDS);
    }

    /** The validating serializer for a protocol name. */
    public static ProtocolSerializer forProtocol(String protocol) {
        return forProtocol(protocol, true, IdempotencyTokenWriter.RANDOM_UUIDS);
    }

    /**
     * A serializer for a protocol name.
     *
     * @param validate          validate parameters first (botocore's {@code parameter_validation})
     * @param idempotencyTokens where tokens for unset {@code idempotencyToken} members come from
     * @throws BotoCoreError for a protocol boto4j does not speak
     */
    public static ProtocolSerializer forProtocol(String protocol, boolean validate,
                                                 Supplier<String> idempotencyTokens) {
        ProtocolSerializer s = switch (protocol) {
            case "query" -> new QuerySerializer(idempotencyTokens);
            case "ec2" -> new Ec2Serializer(idempotencyTokens);
            case "json" -> new JsonSerializer(idempotencyTokens);
            case "rest-json" -> new RestJsonSerializer(idempotencyTokens);
            case "rest-xml" -> new RestXmlSerializer(idempotencyTokens);
            case "smithy-rpc-v2-cbor" -> new RpcV2CborSerializer(idempotencyTokens);
            default -> throw new BotoCoreError("Unsupported protocol '" + protocol + "'; boto4j serializes "
                    + PROTOCOLS);
        };
        return validate ? new ValidatingSerializer(new ParamValidator(), s) : s;
    }
}
