package io.boto4j.protocol.json;

import com.fasterxml.jackson.core.JsonParser;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.protocol.AbstractResponseParser;
import io.boto4j.protocol.ResponseMetadata;
import io.boto4j.protocol.eventstream.EventPayloadReader;
import io.boto4j.protocol.eventstream.EventStream;
import io.boto4j.protocol.eventstream.EventStreamMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): the whole output is the JSON body; event-stream outputs
 * start with an {@code initial-response} event carrying the other members.
 */
public final class JsonProtocolParser extends AbstractResponseParser {
    private static final String NONE = "";
    private final Map<StructureShape, String> eventStreamMembers = new ConcurrentHashMap<>();
    private final EventPayloadReader events = JsonProtocolParser::readJson;

    @Override
    protected Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response) {
        StructureShape shape = operation.outputShape();
        Map<String, Object> out;
        if (shape == null) {
            response.bodyBytes();
            out = newResult();
        } else {
            String stream = eventStreamMembers.computeIfAbsent(shape, JsonProtocolParser::eventStreamMember);
            if (stream != NONE) {
                EventStream events = new EventStream(response.body(), (StructureShape) shape.member(stream),
                        this.events, operation.name());
                EventStreamMessage initial = events.initialResponse();
                out = readJson(shape, initial.payload());
                out.put(stream, events);
            } else {
                out = readJson(shape, response.bodyBytes());
            }
        }
        ResponseMetadata.requestIdFromHeader(out, response, "x-amzn-requestid");
        return out;
    }

    /** The name of the output member that is an event stream, or {@link #NONE}. */
    static String eventStreamMember(StructureShape shape) {
        for (Map.Entry<String, Shape> e : shape.members().entrySet()) {
            if (e.getValue().isEventStream()) {
                return e.getKey();
            }
        }
        return NONE;
    }

    static Map<String, Object> readJson(StructureShape shape, byte[] body) {
        try (JsonParser p = Json.factory().createParser(body)) {
            return JsonBodyReader.JSON.readBody(shape, p);
        } catch (IOException e) {
            throw new ResponseParserError("invalid JSON: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ResponseParserError("invalid JSON: " + e.getMessage(), e.getCause());
        }
    }

    @Override
    protected Map<String, Object> parseErrorBody(OperationModel operation, HttpResponse response, byte[] body) {
        return JsonErrors.build(response, JsonErrors.readBody(body), false);
    }

    @Override
    protected Map<String, Object> parseModeledError(StructureShape shape, HttpResponse response, byte[] body) {
        return readJson(shape, body);
    }
}
