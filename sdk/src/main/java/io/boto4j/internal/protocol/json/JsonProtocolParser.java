package io.boto4j.internal.protocol.json;

import tools.jackson.core.JacksonException;

import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.JsonReader;
import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.eventstream.EventPayloadReader;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.AbstractResponseParser;
import io.boto4j.internal.protocol.RpcOutput;
import java.util.Map;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): the whole output is the JSON body; event-stream outputs
 * start with an {@code initial-response} event carrying the other members.
 */
public final class JsonProtocolParser extends AbstractResponseParser {
    private final RpcOutput output = new RpcOutput(new JsonPayloads());

    /** Event payloads as JSON (a named class: a method reference spins a class on a fresh JVM's first call). */
    private static final class JsonPayloads implements EventPayloadReader {
        @Override
        public Map<String, Object> read(StructureShape shape, byte[] payload) {
            return readJson(shape, payload);
        }
    }

    @Override
    protected Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response) {
        return output.read(operation, response);
    }

    static Map<String, Object> readJson(StructureShape shape, byte[] body) {
        try {
            return JsonBodyReader.JSON.readBody(shape, new JsonReader(body));
        } catch (JacksonException e) {
            throw new ResponseParserError(e.getMessage(), e);
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
