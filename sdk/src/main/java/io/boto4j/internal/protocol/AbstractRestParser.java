package io.boto4j.internal.protocol;

import io.boto4j.http.HttpResponse;
import io.boto4j.http.StreamingBody;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.eventstream.EventPayloadReader;
import io.boto4j.internal.protocol.eventstream.EventStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTTP binding the rest protocols share: header/status members, then the body as the whole output or as its
 * {@code payload} member (a blob payload is handed over unread as a {@link StreamingBody}, an event stream as
 * an {@link EventStream}). The body codec (JSON or XML) is the subclass's.
 */
public abstract class AbstractRestParser extends AbstractResponseParser {

    /** The body read as {@code shape} (an empty body gives an empty map). */
    protected abstract Map<String, Object> readBody(StructureShape shape, byte[] body);

    /** A non-structure payload member (document, list, ...) read from the body. */
    protected abstract Object readPayloadValue(Shape shape, byte[] body);

    /** The codec for event payloads. */
    protected abstract EventPayloadReader eventPayloads();

    @Override
    protected Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response) {
        Map<String, Object> out = newResult();
        ResponseMetadata.restRequestId(ResponseMetadata.of(out), response);
        StructureShape shape = operation.outputShape();
        if (shape == null) {
            response.bodyBytes();
            return out;
        }
        readModeled(shape, response, out, operation.name());
        return out;
    }

    private void readModeled(StructureShape shape, HttpResponse response, Map<String, Object> out, String opName) {
        HttpBindings.read(shape, response, out);
        String payload = shape.payload();
        if (payload == null) {
            out.putAll(readBody(shape, response.bodyBytes()));
            return;
        }
        Shape ps = shape.member(payload);
        if (ps.isEventStream()) {
            out.put(payload, new EventStream(response.body(), (StructureShape) ps, eventPayloads(), opName));
        } else if ("blob".equals(ps.type())) {
            out.put(payload, StreamingBody.of(response));
        } else if ("string".equals(ps.type())) {
            out.put(payload, new String(response.bodyBytes(), StandardCharsets.UTF_8));
        } else if (ps instanceof StructureShape s && !s.isDocument()) {
            byte[] body = response.bodyBytes();
            if (body.length > 0) {
                out.put(payload, readBody(s, body));
            }
        } else {
            byte[] body = response.bodyBytes();
            if (body.length > 0) {
                out.put(payload, readPayloadValue(ps, body));
            }
        }
    }

    @Override
    protected Map<String, Object> parseModeledError(StructureShape shape, HttpResponse response, byte[] body) {
        Map<String, Object> out = newResult();
        HttpBindings.read(shape, response, out);
        String payload = shape.payload();
        if (payload == null) {
            out.putAll(readErrorBody(shape, body));
        } else if (shape.member(payload) instanceof StructureShape ps) {
            out.put(payload, readBody(ps, body));
        }
        return out;
    }

    /** An error's body members; rest-xml looks inside the ErrorResponse wrapper first. */
    protected Map<String, Object> readErrorBody(StructureShape shape, byte[] body) {
        return readBody(shape, body);
    }
}
