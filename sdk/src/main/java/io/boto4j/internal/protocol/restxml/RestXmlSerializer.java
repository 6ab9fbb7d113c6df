package io.boto4j.internal.protocol.restxml;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.BodyEncoder;
import io.boto4j.internal.protocol.HttpBindingSerializer;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@code rest-xml} protocol: the rest HTTP binding with an XML body. The root element of the body
 * members is the input shape's own {@code locationName}, else the one on the operation's reference to it,
 * else the shape's name; a structure payload's root is named as {@code payloadRootName} explains.
 */
public final class RestXmlSerializer implements ProtocolSerializer {
    private static final byte[] EMPTY = new byte[0];

    private final HttpBindingSerializer binding;

    public RestXmlSerializer(Supplier<String> idempotencyTokens) {
        this.binding = new HttpBindingSerializer(new XmlEncoder(), idempotencyTokens);
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        return binding.serialize(operation, params);
    }

    private static final class XmlEncoder implements BodyEncoder {
        private final Map<StructureShape, Map<String, String>> elementNames = new ConcurrentHashMap<>();

        // root element names depend only on the model: worked out once per input shape
        private final Map<StructureShape, String> rootNames = new ConcurrentHashMap<>();

        @Override
        public byte[] encodeMembers(Map<String, Object> bodyParams, StructureShape input) {
            String root = rootNames.get(input);
            if (root == null) { // get-then-put: a computeIfAbsent method reference spins a class on a fresh JVM
                root = rootName(input);
                rootNames.putIfAbsent(input, root);
            }
            return new XmlBodyWriter(elementNames).writeMembers(bodyParams, input, root);
        }

        @Override
        public byte[] encodePayload(Object value, StructureShape input, String memberName) {
            Shape payload = input.member(memberName);
            String root = rootNames.get(input);
            if (root == null) { // get-then-put, as above
                root = payloadRootName(input, memberName, payload);
                rootNames.putIfAbsent(input, root);
            }
            return new XmlBodyWriter(elementNames).write(value, payload, root);
        }

        /**
         * A payload's root element: a locationName on the member that differs from the member's name, else the
         * target shape's own locationName, else the member's locationName (S3's LifecycleConfiguration
         * member targets BucketLifecycleConfiguration), else the shape's name.
         */
        private static String payloadRootName(StructureShape input, String memberName, Shape payload) {
            JsonNode ref = ModelTrees.traits(input).path("members").path(memberName).get("locationName");
            String refName = ref == null ? null : ref.asString();
            if (refName != null && !refName.equals(memberName)) {
                return refName;
            }
            String own = payload.serviceModel().shape(payload.name()).locationName();
            if (own != null) {
                return own;
            }
            return refName != null ? refName : payload.name();
        }

        /** The shape's own locationName, else the one its reference gives, else the shape's name. */
        private static String rootName(Shape shape) {
            String own = shape.serviceModel().shape(shape.name()).locationName();
            if (own != null) {
                return own;
            }
            return shape.locationName() != null ? shape.locationName() : shape.name();
        }

        @Override
        public byte[] emptyPayload() {
            return EMPTY;
        }

        @Override
        public byte[] emptyBody(StructureShape input) {
            return EMPTY;
        }

        /** botocore's rest-xml serializer sends no Content-Type, XML body or not. */
        @Override
        public String contentType() {
            return null;
        }
    }
}
