package io.boto4j.internal.protocol.json;

import tools.jackson.core.JacksonException;

import tools.jackson.core.JsonParser;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.AbstractResponseParser;
import io.boto4j.internal.protocol.RpcOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): the whole output is the JSON body; event-stream outputs
 * start with an {@code initial-response} event carrying the other members.
 */
public final class JsonProtocolParser extends AbstractResponseParser {
    private final RpcOutput output = new RpcOutput(JsonProtocolParser::readJson);

    @Override
    protected Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response) {
        return output.read(operation, response);
    }

    static Map<String, Object> readJson(StructureShape shape, byte[] body) {
        try (JsonParser p = Json.factory().createParser(body)) {
            return JsonBodyReader.JSON.readBody(shape, p);
        } catch (JacksonException e) {
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
