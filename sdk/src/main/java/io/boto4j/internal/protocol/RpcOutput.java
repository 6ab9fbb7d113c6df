package io.boto4j.internal.protocol;

import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.eventstream.EventPayloadReader;
import io.boto4j.internal.protocol.eventstream.EventStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A successful output of the RPC protocols ({@code json}, {@code smithy-rpc-v2-cbor}): the body is the whole
 * output, except that an event-stream output starts with an {@code initial-response} event carrying the other
 * members. The protocol supplies its body codec; the same codec reads event payloads.
 */
public final class RpcOutput {
    private static final String NONE = "";

    private final EventPayloadReader codec;
    private final Map<StructureShape, String> eventStreamMembers = new ConcurrentHashMap<>();

    public RpcOutput(EventPayloadReader codec) {
        this.codec = codec;
    }

    public Map<String, Object> read(OperationModel operation, HttpResponse response) {
        StructureShape shape = operation.outputShape();
        Map<String, Object> out;
        if (shape == null) {
            response.bodyBytes();
            out = new LinkedHashMap<>();
        } else {
            String stream = eventStreamMembers.get(shape);
            if (stream == null) { // get-then-put: a computeIfAbsent lambda spins a class on a fresh JVM
                stream = eventStreamMember(shape);
                eventStreamMembers.putIfAbsent(shape, stream);
            }
            if (stream != NONE) {
                EventStream events = new EventStream(response.body(), (StructureShape) shape.member(stream), codec,
                        operation.name());
                out = codec.read(shape, events.initialResponse().payload());
                out.put(stream, events);
            } else {
                out = codec.read(shape, response.bodyBytes());
            }
        }
        ResponseMetadata.requestIdFromHeader(out, response, "x-amzn-requestid");
        return out;
    }

    /** The name of the output member that is an event stream, or {@link #NONE}. */
    private static String eventStreamMember(StructureShape shape) {
        for (Map.Entry<String, Shape> e : shape.members().entrySet()) {
            if (e.getValue().isEventStream()) {
                return e.getKey();
            }
        }
        return NONE;
    }
}
