package io.boto4j.internal.protocol.restxml;

import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.AbstractRestParser;
import io.boto4j.internal.protocol.ErrorResponses;
import io.boto4j.internal.protocol.ResponseMetadata;
import io.boto4j.internal.protocol.eventstream.EventPayloadReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code rest-xml} protocol: HTTP bindings plus XML bodies. Errors come as a bare
 * {@code <Error>} root or as {@code <ErrorResponse><Error>}; an unreadable error body falls back to the status.
 */
public final class RestXmlParser extends AbstractRestParser {
    private final XmlBodyReader xml = XmlBodyReader.INSTANCE;
    private final EventPayloadReader events = new XmlPayloads();

    /** Event payloads as XML (a named class: a method reference spins a class on a fresh JVM's first call). */
    private final class XmlPayloads implements EventPayloadReader {
        @Override
        public Map<String, Object> read(StructureShape shape, byte[] payload) {
            return xml.readBody(shape, payload);
        }
    }

    @Override
    protected Map<String, Object> readBody(StructureShape shape, byte[] body) {
        return xml.readBody(shape, body);
    }

    @Override
    protected Object readPayloadValue(Shape shape, byte[] body) {
        try {
            XMLStreamReader r = XmlBodyReader.openAtRoot(body);
            return r == null ? null : xml.readValue(shape, r);
        } catch (XMLStreamException e) {
            throw new ResponseParserError("invalid XML: " + e.getMessage(), e);
        }
    }

    @Override
    protected EventPayloadReader eventPayloads() {
        return events;
    }

    @Override
    protected Map<String, Object> parseErrorBody(OperationModel operation, HttpResponse response, byte[] body) {
        if (body.length > 0) {
            try {
                return errorFromBody(response, body);
            } catch (XMLStreamException | RuntimeException e) {
                // like botocore: an unreadable body still yields an error from the status line
            }
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", Integer.toString(response.statusCode()));
        error.put("Message", ErrorResponses.reasonPhrase(response.statusCode()));
        if (!isBlank(body)) {
            error.put("RawBody", ErrorResponses.snippet(body));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        String id = response.headers().first("x-amz-request-id");
        String host = response.headers().first("x-amz-id-2");
        metadata.put("RequestId", id == null ? "" : id);
        metadata.put("HostId", host == null ? "" : host);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Error", error);
        out.put(ResponseMetadata.KEY, metadata);
        return out;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> errorFromBody(HttpResponse response, byte[] body) throws XMLStreamException {
        String[] root = new String[1];
        Map<String, Object> parsed = XmlBodyReader.readUntypedRoot(body, root);
        if ("Error".equals(root[0])) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            ResponseMetadata.restRequestId(metadata, response);
            parsed.remove("RequestId");
            parsed.remove("HostId");
            parsed.putIfAbsent("Code", "");
            parsed.putIfAbsent("Message", "");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("Error", parsed);
            out.put(ResponseMetadata.KEY, metadata);
            return out;
        }
        if (!(parsed.get("Error") instanceof Map<?, ?>)) {
            throw new ResponseParserError("no Error element in " + root[0]);
        }
        Object id = parsed.remove("RequestId");
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> error = ErrorResponses.emptyError();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed.remove("Error")).entrySet()) {
            error.put(e.getKey().toString(), e.getValue());
        }
        out.put("Error", error);
        out.putAll(parsed);
        if (id != null) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("RequestId", id);
            out.put(ResponseMetadata.KEY, metadata);
        }
        return out;
    }

    @Override
    protected Map<String, Object> readErrorBody(StructureShape shape, byte[] body) {
        try {
            XMLStreamReader r = XmlBodyReader.openAtRoot(body);
            if (r == null) {
                return new LinkedHashMap<>();
            }
            if ("ErrorResponse".equals(r.getLocalName())) {
                while (XmlBodyReader.nextChild(r)) {
                    if ("Error".equals(r.getLocalName())) {
                        return xml.readStructure(shape, r, null);
                    }
                    XmlBodyReader.skipElement(r);
                }
                return new LinkedHashMap<>();
            }
            return xml.readStructure(shape, r, null);
        } catch (XMLStreamException e) {
            throw new ResponseParserError("invalid XML: " + e.getMessage(), e);
        }
    }
}
