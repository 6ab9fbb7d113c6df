package io.boto4j.internal.protocol.eventstream;

import io.boto4j.exception.ClientError;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A response's event stream, as botocore's {@code EventStream}: iterate it once for events, each a map of the
 * event type to its members ({@code {"Records": {"Payload": bytes}}}), and close it (or read to the end) to
 * release the connection. An exception or error event raises {@link ClientError} with the event's code and
 * message (and the modeled exception's members); a corrupt frame raises
 * {@link io.boto4j.exception.EventStreamError}. Events of types the model does not know are skipped.
 */
public final class EventStream implements Iterable<Map<String, Object>>, AutoCloseable {
    private final InputStream raw;
    private final EventStreamDecoder decoder;
    private final StructureShape shape;
    private final EventPayloadReader payloads;
    private final String operationName;
    private boolean iterated;
    private boolean closed;

    /**
     * @param raw           the response body, positioned at the first frame
     * @param shape         the event-stream union ({@code eventstream: true}) of the output
     * @param payloads      the protocol's reader for event payloads
     * @param operationName for error messages
     */
    public EventStream(InputStream raw, StructureShape shape, EventPayloadReader payloads, String operationName) {
        this.raw = raw;
        this.decoder = new EventStreamDecoder(raw);
        this.shape = shape;
        this.payloads = payloads;
        this.operationName = operationName;
    }

    /**
     * Reads the first message, which the json and CBOR rpc protocols send as {@code initial-response} carrying
     * the output's other members; anything else is a {@link ResponseParserError}.
     */
    public EventStreamMessage initialResponse() {
        EventStreamMessage m = decoder.next();
        if (m == null || !"initial-response".equals(m.header(":event-type"))) {
            throw new ResponseParserError("First event was not of type initial-response");
        }
        return m;
    }

    /** The one iteration over the remaining events. */
    @Override
    public synchronized Iterator<Map<String, Object>> iterator() {
        if (iterated) {
            throw new IllegalStateException("An event stream can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private Map<String, Object> next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    EventStreamMessage m = closed ? null : decoder.next();
                    if (m == null) {
                        done = true;
                        close();
                    } else {
                        next = parse(m);
                    }
                }
                return next != null;
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map<String, Object> n = next;
                next = null;
                return n;
            }
        };
    }

    /** Parses one message: the event map, null for an event type the model does not know; raises on errors. */
    Map<String, Object> parse(EventStreamMessage m) {
        String type = m.messageType();
        if (type == null || "event".equals(type)) {
            String eventType = m.header(":event-type");
            Shape member = eventType == null ? null : shape.member(eventType);
            if (!(member instanceof StructureShape eventShape)) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(eventType, parseEvent(eventShape, m));
            return out;
        }
        closeQuietly();
        Map<String, Object> error = new LinkedHashMap<>();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Error", error);
        if ("exception".equals(type)) {
            String exceptionType = m.header(":exception-type");
            Shape member = exceptionType == null ? null : shape.member(exceptionType);
            if (member instanceof StructureShape exceptionShape) {
                Map<String, Object> body = payloads.read(exceptionShape, m.payload());
                Object message = body.containsKey("Message") ? body.get("Message") : body.getOrDefault("message", "");
                error.put("Code", exceptionType);
                error.put("Message", message);
                for (Map.Entry<String, Object> e : body.entrySet()) {
                    response.putIfAbsent(e.getKey(), e.getValue());
                }
                throw new ClientError(response, operationName);
            }
        }
        error.put("Code", m.header(":error-code") == null ? "" : m.header(":error-code"));
        error.put("Message", m.header(":error-message") == null ? "" : m.header(":error-message"));
        throw new ClientError(response, operationName);
    }

    private Map<String, Object> parseEvent(StructureShape eventShape, EventStreamMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        String payloadMember = null;
        for (Map.Entry<String, Shape> e : eventShape.members().entrySet()) {
            Shape ms = e.getValue();
            if (ms.isEventHeader()) {
                Object v = m.headers().get(e.getKey());
                if (v != null) {
                    out.put(e.getKey(), headerValue(ms, v));
                }
            } else if (ms.isEventPayload()) {
                payloadMember = e.getKey();
            }
        }
        if (payloadMember != null) {
            Shape ps = eventShape.member(payloadMember);
            switch (ps.type()) {
                case "blob" -> out.put(payloadMember, m.payload());
                case "string" -> out.put(payloadMember, new String(m.payload(), StandardCharsets.UTF_8));
                default -> out.put(payloadMember, payloads.read((StructureShape) ps, m.payload()));
            }
        } else {
            for (Map.Entry<String, Object> e : payloads.read(eventShape, m.payload()).entrySet()) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static Object headerValue(Shape shape, Object v) {
        if ("timestamp".equals(shape.type()) && v instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (v instanceof Byte || v instanceof Short) {
            return ((Number) v).intValue();
        }
        return v;
    }

    /** Closes the underlying response body; iteration then ends. */
    @Override
    public void close() {
        closed = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            raw.close();
        } catch (IOException ignored) {
            // the connection is being discarded either way
        }
    }

    @Override
    public String toString() {
        return "EventStream(" + operationName + ", " + shape.name() + ")";
    }
}
