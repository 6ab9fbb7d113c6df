package io.boto4j.internal.protocol.rpcv2cbor;

import tools.jackson.core.JacksonException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.dataformat.cbor.CBORFactory;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.eventstream.EventPayloadReader;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.AbstractResponseParser;
import io.boto4j.internal.protocol.RpcOutput;
import io.boto4j.internal.json.JacksonTokens;
import io.boto4j.internal.protocol.json.JsonBodyReader;
import io.boto4j.internal.protocol.json.JsonErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code smithy-rpc-v2-cbor} protocol: the whole output is a CBOR map keyed by member names. */
public final class RpcV2CborParser extends AbstractResponseParser {
    // Jackson 2's buffer pool (one per thread), as the JSON factory's
    private static final CBORFactory CBOR = CBORFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();
    private final RpcOutput output = new RpcOutput(new CborPayloads());

    /** Event payloads as CBOR (a named class, as for JSON: a method reference spins a class on a fresh JVM). */
    private static final class CborPayloads implements EventPayloadReader {
        @Override
        public Map<String, Object> read(StructureShape shape, byte[] payload) {
            return readCbor(shape, payload);
        }
    }

    @Override
    protected Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response) {
        return output.read(operation, response);
    }

    /** Reads a CBOR body as {@code shape}; a truncated or malformed body raises ResponseParserError. */
    public static Map<String, Object> readCbor(StructureShape shape, byte[] body) {
        try (JsonParser p = CBOR.createParser(body)) {
            return JsonBodyReader.CBOR.readBody(shape, new JacksonTokens(p));
        } catch (JacksonException e) {
            throw new ResponseParserError("invalid CBOR: " + e.getMessage(), e);
        }
    }

    @Override
    protected Map<String, Object> parseErrorBody(OperationModel operation, HttpResponse response, byte[] body) {
        Map<String, Object> decoded = new LinkedHashMap<>();
        if (body.length > 0) {
            try (JsonParser p = CBOR.createParser(body)) {
                JacksonTokens tokens = new JacksonTokens(p);
                tokens.next();
                if (JsonBodyReader.readDocument(tokens) instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        decoded.put(e.getKey().toString(), e.getValue());
                    }
                }
            } catch (JacksonException e) {
                throw new ResponseParserError("invalid CBOR: " + e.getMessage(), e);
            }
        }
        return JsonErrors.build(response, decoded, false);
    }

    @Override
    protected Map<String, Object> parseModeledError(StructureShape shape, HttpResponse response, byte[] body) {
        return readCbor(shape, body);
    }
}
