package io.boto4j.internal.protocol.query;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.AbstractResponseParser;
import io.boto4j.internal.protocol.ResponseMetadata;
import io.boto4j.internal.protocol.restxml.XmlBodyReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code query} protocol's responses: XML whose output sits in the {@code resultWrapper} element, with
 * {@code ResponseMetadata} beside it; errors as {@code <ErrorResponse><Error>...</Error><RequestId>}.
 */
public class QueryParser extends AbstractResponseParser {
    private final XmlBodyReader xml = XmlBodyReader.INSTANCE;

    @Override
    protected Map<String, Object> parseSuccess(OperationModel operation, HttpResponse response) {
        StructureShape shape = operation.outputShape();
        Map<String, Object> out = newResult();
        try {
            XMLStreamReader r = XmlBodyReader.openAtRoot(response.bodyBytes());
            if (r == null) {
                return out;
            }
            try {
                String wrapper = shape == null || ModelTrees.trait(shape, "resultWrapper") == null ? null
                        : ModelTrees.trait(shape, "resultWrapper").asString();
                Map<String, Object>[] holder = newHolder();
                XmlBodyReader.ChildHandler metadata = new Metadata(holder);
                if (shape != null && wrapper == null) {
                    out = xml.readStructure(shape, r, metadata);
                } else {
                    while (XmlBodyReader.nextChild(r)) {
                        String name = r.getLocalName();
                        if (shape != null && name.equals(wrapper)) {
                            out = xml.readStructure(shape, r, null);
                        } else if (!metadata.handle(name, r)) {
                            XmlBodyReader.skipElement(r);
                        }
                    }
                }
                if (holder[0] != null) {
                    out.put(ResponseMetadata.KEY, holder[0]);
                }
                return out;
            } finally {
                XmlBodyReader.release(r);
            }
        } catch (XMLStreamException e) {
            throw new ResponseParserError("invalid XML: " + e.getMessage(), e);
        }
    }

    /** Claims the root's metadata element into a holder (a named class: a lambda spins a class on a fresh JVM). */
    private final class Metadata implements XmlBodyReader.ChildHandler {
        private final Map<String, Object>[] holder;

        Metadata(Map<String, Object>[] holder) {
            this.holder = holder;
        }

        @Override
        public boolean handle(String name, XMLStreamReader reader) throws XMLStreamException {
            return readMetadata(name, reader, holder);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] newHolder() {
        return new Map[1];
    }

    /** Claims the root's metadata element; query's is {@code <ResponseMetadata><RequestId>}. */
    protected boolean readMetadata(String name, XMLStreamReader r, Map<String, Object>[] into)
            throws XMLStreamException {
        if (!"ResponseMetadata".equals(name)) {
            return false;
        }
        Object v = XmlBodyReader.readUntyped(r);
        Map<String, Object> m = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                m.put(e.getKey().toString(), e.getValue());
            }
        }
        into[0] = m;
        return true;
    }

    @Override
    protected Map<String, Object> parseErrorBody(OperationModel operation, HttpResponse response, byte[] body) {
        try {
            Map<String, Object> parsed = XmlBodyReader.readUntypedRoot(body, new String[1]);
            Object errors = parsed.remove("Errors");
            if (errors instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    parsed.put(e.getKey().toString(), e.getValue());
                }
            }
            moveRequestId(parsed);
            Object error = parsed.get("Error");
            if (!(error instanceof Map<?, ?>)) {
                throw new ResponseParserError("no Error element");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> e = (Map<String, Object>) error;
            e.putIfAbsent("Code", "");
            e.putIfAbsent("Message", "");
            return parsed;
        } catch (XMLStreamException e) {
            throw new ResponseParserError("invalid XML: " + e.getMessage(), e);
        }
    }

    /** Moves the request id element of an error body into ResponseMetadata. */
    protected void moveRequestId(Map<String, Object> parsed) {
        Object id = parsed.remove("RequestId");
        if (id != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("RequestId", id);
            parsed.put(ResponseMetadata.KEY, m);
        }
    }

    @Override
    protected Map<String, Object> parseModeledError(StructureShape shape, HttpResponse response, byte[] body) {
        try {
            XMLStreamReader r = XmlBodyReader.openAtRoot(body);
            if (r == null) {
                return new LinkedHashMap<>();
            }
            if (descendToError(r)) {
                return xml.readStructure(shape, r, null);
            }
            return xml.readStructure(shape, r, null);
        } catch (XMLStreamException e) {
            throw new ResponseParserError("invalid XML: " + e.getMessage(), e);
        }
    }

    /** Moves from the root to the element holding the error's members; false when the root is that element. */
    protected boolean descendToError(XMLStreamReader r) throws XMLStreamException {
        if (!"ErrorResponse".equals(r.getLocalName())) {
            return false;
        }
        while (XmlBodyReader.nextChild(r)) {
            if ("Error".equals(r.getLocalName())) {
                return true;
            }
            XmlBodyReader.skipElement(r);
        }
        throw new ResponseParserError("no Error element");
    }
}
