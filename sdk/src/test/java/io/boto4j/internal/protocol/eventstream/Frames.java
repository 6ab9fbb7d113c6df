package io.boto4j.internal.protocol.eventstream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32;

/** Builds event-stream frames for tests, written from the wire format's description (prelude, headers, CRCs). */
public final class Frames {
    private Frames() {
    }

    public static byte[] frame(Map<String, Object> headers, byte[] payload) {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            h.write(n.length);
            h.writeBytes(n);
            if (value instanceof Boolean b) {
                h.write(b ? 0 : 1);
            } else if (value instanceof Byte b) {
                h.write(2);
                h.write(b);
            } else if (value instanceof Short s) {
                h.write(3);
                h.writeBytes(ByteBuffer.allocate(2).putShort(s).array());
            } else if (value instanceof Integer i) {
                h.write(4);
                h.writeBytes(ByteBuffer.allocate(4).putInt(i).array());
            } else if (value instanceof Long l) {
                h.write(5);
                h.writeBytes(ByteBuffer.allocate(8).putLong(l).array());
            } else if (value instanceof byte[] b) {
                h.write(6);
                h.writeBytes(ByteBuffer.allocate(2).putShort((short) b.length).array());
                h.writeBytes(b);
            } else if (value instanceof String s) {
                byte[] v = s.getBytes(StandardCharsets.UTF_8);
                h.write(7);
                h.writeBytes(ByteBuffer.allocate(2).putShort((short) v.length).array());
                h.writeBytes(v);
            } else if (value instanceof Instant t) {
                h.write(8);
                h.writeBytes(ByteBuffer.allocate(8).putLong(t.toEpochMilli()).array());
            } else {
                throw new IllegalArgumentException("header type " + value.getClass());
            }
        });
        byte[] hb = h.toByteArray();
        int total = 12 + hb.length + payload.length + 4;
        ByteBuffer buf = ByteBuffer.allocate(total);
        buf.putInt(total).putInt(hb.length);
        CRC32 crc = new CRC32();
        crc.update(buf.array(), 0, 8);
        buf.putInt((int) crc.getValue());
        buf.put(hb).put(payload);
        crc.update(buf.array(), 8, 4 + hb.length + payload.length);
        buf.putInt((int) crc.getValue());
        return buf.array();
    }

    public static byte[] event(String eventType, String contentType, String payload) {
        return frame(Map.of(":message-type", "event", ":event-type", eventType, ":content-type", contentType),
                payload.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
