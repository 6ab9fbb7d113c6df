package io.boto4j.internal.protocol.eventstream;

import io.boto4j.model.StructureShape;
import java.util.Map;

/** The protocol's body codec applied to one event's payload (JSON, XML or CBOR). */
@FunctionalInterface
public interface EventPayloadReader {
    Map<String, Object> read(StructureShape shape, byte[] payload);
}
