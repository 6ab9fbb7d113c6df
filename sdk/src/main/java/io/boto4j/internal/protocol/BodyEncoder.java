package io.boto4j.internal.protocol;

import io.boto4j.model.StructureShape;
import java.util.Map;

/**
 * The body codec of a rest protocol (json or xml): what {@link HttpBindingSerializer} calls for the members
 * that go in the body once the HTTP binding has taken the located ones.
 */
public interface BodyEncoder {
    /** The input members without a location (the whole {@code bodyParams} map) as a body. */
    byte[] encodeMembers(Map<String, Object> bodyParams, StructureShape input);

    /** The value of a structured payload member ({@code payload} naming a structure, union or document) of {@code input}. */
    byte[] encodePayload(Object value, StructureShape input, String memberName);

    /** The body when a structured payload member is unset. */
    byte[] emptyPayload();

    /** The body when no member goes in the body although the input has body members ({} for JSON). */
    byte[] emptyBody(StructureShape input);

    /** The Content-Type of a structured body this codec writes, or null when none is sent (rest-xml, as botocore). */
    String contentType();
}
