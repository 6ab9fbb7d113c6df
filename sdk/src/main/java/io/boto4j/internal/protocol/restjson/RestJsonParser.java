package io.boto4j.internal.protocol.restjson;

import tools.jackson.core.JacksonException;

import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.JsonReader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.AbstractRestParser;
import io.boto4j.internal.protocol.eventstream.EventPayloadReader;
import io.boto4j.internal.protocol.json.JsonBodyReader;
import io.boto4j.internal.protocol.json.JsonErrors;
import java.util.Map;

/** The {@code rest-json} protocol: HTTP bindings plus JSON bodies; error codes may come in x-amzn-errortype. */
public final class RestJsonParser extends AbstractRestParser {
    private final EventPayloadReader events = new JsonPayloads();

    /** Event payloads as JSON (a named class: a method reference spins a class on a fresh JVM's first call). */
    private final class JsonPayloads implements EventPayloadReader {
        @Override
        public Map<String, Object> read(StructureShape shape, byte[] payload) {
            return readBody(shape, payload);
        }
    }

    @Override
    protected Map<String, Object> readBody(StructureShape shape, byte[] body) {
        try {
            return JsonBodyReader.JSON.readBody(shape, new JsonReader(body));
        } catch (JacksonException e) {
            throw new ResponseParserError(e.getMessage(), e);
        }
    }

    @Override
    protected Object readPayloadValue(Shape shape, byte[] body) {
        try {
            JsonReader p = new JsonReader(body);
            p.next();
            return JsonBodyReader.JSON.readValue(shape, p);
        } catch (JacksonException e) {
            throw new ResponseParserError(e.getMessage(), e);
        }
    }

    @Override
    protected EventPayloadReader eventPayloads() {
        return events;
    }

    @Override
    protected Map<String, Object> parseErrorBody(OperationModel operation, HttpResponse response, byte[] body) {
        return JsonErrors.build(response, JsonErrors.readBody(body), true);
    }
}
