package io.boto4j.internal.protocol.eventstream;

import io.boto4j.exception.EventStreamError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Reads frames of the AWS event-stream encoding from a byte stream: a 12-byte prelude (total length, headers
 * length, CRC32 of the first 8 bytes), headers, payload, and a CRC32 of everything before it. A CRC mismatch,
 * an impossible length or a stream that ends inside a frame raises {@link EventStreamError}.
 */
public final class EventStreamDecoder {
    static final int PRELUDE_LENGTH = 12;
    static final int MAX_MESSAGE_LENGTH = 16 * 1024 * 1024 + PRELUDE_LENGTH + 4 + 128 * 1024;
    static final int MAX_HEADERS_LENGTH = 128 * 1024;

    private final InputStream in;

    public EventStreamDecoder(InputStream in) {
        this.in = in;
    }

    /** The next message, or null when the stream ends cleanly between frames. */
    public EventStreamMessage next() {
        byte[] prelude = new byte[PRELUDE_LENGTH];
        int got = readFully(prelude, 0, PRELUDE_LENGTH);
        if (got == 0) {
            return null;
        }
        if (got < PRELUDE_LENGTH) {
            throw new EventStreamError("Event stream ended inside a message prelude (" + got + " of 12 bytes)");
        }
        long totalLength = u32(prelude, 0);
        long headersLength = u32(prelude, 4);
        long preludeCrc = u32(prelude, 8);
        CRC32 crc = new CRC32();
        crc.update(prelude, 0, 8);
        if (crc.getValue() != preludeCrc) {
            throw new EventStreamError("Event stream prelude checksum mismatch: expected 0x"
                    + Long.toHexString(preludeCrc) + ", calculated 0x" + Long.toHexString(crc.getValue()));
        }
        if (headersLength > MAX_HEADERS_LENGTH) {
            throw new EventStreamError("Event stream headers length " + headersLength + " exceeds " + MAX_HEADERS_LENGTH);
        }
        if (totalLength > MAX_MESSAGE_LENGTH || totalLength < PRELUDE_LENGTH + 4 + headersLength) {
            throw new EventStreamError("Invalid event stream message length " + totalLength
                    + " (headers " + headersLength + ")");
        }
        byte[] rest = new byte[(int) totalLength - PRELUDE_LENGTH];
        int read = readFully(rest, 0, rest.length);
        if (read < rest.length) {
            throw new EventStreamError("Event stream ended inside a message: " + (PRELUDE_LENGTH + read) + " of "
                    + totalLength + " bytes");
        }
        crc.update(prelude, 8, 4);
        crc.update(rest, 0, rest.length - 4);
        long messageCrc = u32(rest, rest.length - 4);
        if (crc.getValue() != messageCrc) {
            throw new EventStreamError("Event stream message checksum mismatch: expected 0x"
                    + Long.toHexString(messageCrc) + ", calculated 0x" + Long.toHexString(crc.getValue()));
        }
        Map<String, Object> headers = decodeHeaders(rest, (int) headersLength);
        int payloadLength = rest.length - 4 - (int) headersLength;
        byte[] payload = new byte[payloadLength];
        System.arraycopy(rest, (int) headersLength, payload, 0, payloadLength);
        return new EventStreamMessage(headers, payload);
    }

    private static Map<String, Object> decodeHeaders(byte[] b, int length) {
        Map<String, Object> headers = new LinkedHashMap<>();
        int i = 0;
        try {
            while (i < length) {
                int nameLength = b[i++] & 0xff;
                String name = new String(b, i, nameLength, StandardCharsets.UTF_8);
                i += nameLength;
                int type = b[i++] & 0xff;
                Object value;
                switch (type) {
                    case 0 -> value = Boolean.TRUE;
                    case 1 -> value = Boolean.FALSE;
                    case 2 -> value = b[i++];
                    case 3 -> {
                        value = (short) (((b[i] & 0xff) << 8) | (b[i + 1] & 0xff));
                        i += 2;
                    }
                    case 4 -> {
                        value = (int) u32(b, i);
                        i += 4;
                    }
                    case 5, 8 -> {
                        long v = (u32(b, i) << 32) | u32(b, i + 4);
                        i += 8;
                        value = type == 5 ? (Object) v : Instant.ofEpochMilli(v);
                    }
                    case 6, 7 -> {
                        int len = ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
                        i += 2;
                        if (i + len > length) {
                            throw new EventStreamError("Event stream header " + name + " overruns the headers");
                        }
                        value = type == 7 ? new String(b, i, len, StandardCharsets.UTF_8) : copy(b, i, len);
                        i += len;
                    }
                    case 9 -> {
                        value = copy(b, i, 16);
                        i += 16;
                    }
                    default -> throw new EventStreamError("Unknown event stream header type " + type
                            + " for header " + name);
                }
                if (i > length) {
                    throw new EventStreamError("Event stream header " + name + " overruns the headers");
                }
                headers.put(name, value);
            }
        } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
            throw new EventStreamError("Malformed event stream headers", e);
        }
        return headers;
    }

    private static byte[] copy(byte[] b, int from, int len) {
        byte[] out = new byte[len];
        System.arraycopy(b, from, out, 0, len);
        return out;
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private int readFully(byte[] buf, int off, int len) {
        int total = 0;
        try {
            while (total < len) {
                int n = in.read(buf, off + total, len - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the event stream failed", e);
        }
        return total;
    }
}
