package io.boto4j.internal.protocol.ec2;

import io.boto4j.exception.ResponseParserError;
import io.boto4j.internal.protocol.ResponseMetadata;
import io.boto4j.internal.protocol.query.QueryParser;
import io.boto4j.internal.protocol.restxml.XmlBodyReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code ec2} protocol's responses: as query's but without a result wrapper, the request id in a
 * {@code requestId} element, and errors as {@code <Response><Errors><Error>...</Error></Errors><RequestID>}.
 */
public final class Ec2Parser extends QueryParser {
    @Override
    protected boolean readMetadata(String name, XMLStreamReader r, Map<String, Object>[] into)
            throws XMLStreamException {
        if (!"requestId".equals(name)) {
            return false;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("RequestId", XmlBodyReader.readText(r));
        into[0] = m;
        return true;
    }

    @Override
    protected void moveRequestId(Map<String, Object> parsed) {
        super.moveRequestId(parsed);
        Object id = parsed.remove("RequestID");
        if (id != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("RequestId", id);
            parsed.put(ResponseMetadata.KEY, m);
        }
    }

    @Override
    protected boolean descendToError(XMLStreamReader r) throws XMLStreamException {
        while (XmlBodyReader.nextChild(r)) {
            if ("Errors".equals(r.getLocalName())) {
                while (XmlBodyReader.nextChild(r)) {
                    if ("Error".equals(r.getLocalName())) {
                        return true;
                    }
                    XmlBodyReader.skipElement(r);
                }
                throw new ResponseParserError("no Error element in Errors");
            }
            XmlBodyReader.skipElement(r);
        }
        throw new ResponseParserError("no Errors element");
    }
}
