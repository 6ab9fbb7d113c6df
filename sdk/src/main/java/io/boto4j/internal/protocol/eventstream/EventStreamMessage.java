package io.boto4j.internal.protocol.eventstream;

import java.util.Map;

/**
 * One decoded frame of {@code application/vnd.amazon.eventstream}. Header values are Boolean, Byte, Short,
 * Integer, Long, byte[] (byte arrays and UUIDs), String, or Instant (timestamps).
 */
public record EventStreamMessage(Map<String, Object> headers, byte[] payload) {
    public String header(String name) {
        Object v = headers.get(name);
        return v == null ? null : v.toString();
    }

    /** {@code :message-type}: event, exception or error. */
    public String messageType() {
        return header(":message-type");
    }

    @Override
    public String toString() {
        return "EventStreamMessage[headers=" + headers.keySet() + ", payload=" + payload.length + " bytes]";
    }
}
