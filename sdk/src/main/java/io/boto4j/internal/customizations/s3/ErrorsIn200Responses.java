package io.boto4j.internal.customizations.s3;

import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import io.boto4j.http.HttpResponse;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * S3 can fail after it has sent {@code 200 OK}: the error is then the body. As botocore, a 200 whose body is an
 * {@code <Error>} document (or XML cut short by a broken connection) is turned into a 500 before parsing, so it
 * raises and is retried as a server error. Operations whose output is a blob or text payload, or an event
 * stream, are left alone: their bodies are data. Only copy and multipart completion, which send their 200
 * before the work is done, are fully parsed to catch a truncated body; for other operations a byte scan for an
 * {@code <Error>} root suffices, so ordinary responses are not parsed twice.
 */
final class ErrorsIn200Responses implements TypedEventHandler {
    private static final Set<String> LATE_ERRORS = Set.of("CopyObject", "UploadPartCopy", "CompleteMultipartUpload");

    /**
     * Made on the first full parse (a copy's or a multipart completion's answer), not with the handler: the JAXP
     * factory lookup and the JDK's StAX classes cost a fresh JVM some 20 ms, and every S3 client registers this.
     */
    private static final class Xml {
        static final XMLInputFactory FACTORY = xmlFactory();
    }

    private final Map<String, Boolean> applies = new ConcurrentHashMap<>();

    private ErrorsIn200Responses() {
    }

    static void register(EventEmitter events) {
        events.register(Events.beforeParse(S3Customization.SERVICE), new ErrorsIn200Responses());
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        HttpResponse response = event.httpResponse();
        OperationModel op = event.operationModel();
        if (response.statusCode() != 200 || !applies(op)) {
            return null;
        }
        byte[] body = response.bodyBytes();
        boolean error = LATE_ERRORS.contains(op.name()) ? isError(body, true) : startsWithErrorElement(body);
        if (body.length > 0 && error) {
            return HttpResponse.of(500, response.headers(), body);
        }
        return null;
    }

    private boolean applies(OperationModel op) {
        Boolean known = applies.get(op.name());
        if (known == null) {
            known = hasStructuredOutput(op);
            applies.putIfAbsent(op.name(), known);
        }
        return known;
    }

    private static boolean hasStructuredOutput(OperationModel op) {
        StructureShape output = op.outputShape();
        if (output == null || op.hasEventStreamOutput()) {
            return false;
        }
        String payload = output.payload();
        if (payload == null) {
            return true;
        }
        Shape shape = output.member(payload);
        return shape == null || !("blob".equals(shape.type()) || "string".equals(shape.type()));
    }

    /** A scan without a parser: after white space and an XML declaration, does the body open {@code <Error>}? */
    static boolean startsWithErrorElement(byte[] body) {
        int i = skipSpace(body, 0);
        if (i + 5 < body.length && body[i] == '<' && body[i + 1] == '?') {
            while (i + 1 < body.length && !(body[i] == '?' && body[i + 1] == '>')) {
                i++;
            }
            i = skipSpace(body, i + 2);
        }
        byte[] tag = {'<', 'E', 'r', 'r', 'o', 'r'};
        if (i + tag.length >= body.length) {
            return false;
        }
        for (int k = 0; k < tag.length; k++) {
            if (body[i + k] != tag[k]) {
                return false;
            }
        }
        byte next = body[i + tag.length];
        return next == '>' || next == ' ' || next == '\t' || next == '\r' || next == '\n' || next == '/';
    }

    private static int skipSpace(byte[] body, int i) {
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        return i;
    }

    /** True for an {@code <Error>} root; with {@code wholeDocument}, also for XML that does not parse. */
    static boolean isError(byte[] body, boolean wholeDocument) {
        try {
            XMLStreamReader reader = Xml.FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext() && reader.next() != XMLStreamReader.START_ELEMENT) {
                    // skip the prolog
                }
                if (!reader.isStartElement()) {
                    return wholeDocument;
                }
                if ("Error".equals(reader.getLocalName())) {
                    return true;
                }
                while (wholeDocument && reader.hasNext()) {
                    reader.next();
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException malformed) {
            return wholeDocument;
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
