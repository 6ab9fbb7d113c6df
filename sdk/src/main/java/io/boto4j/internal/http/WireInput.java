package io.boto4j.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A connection's buffered input: header lines are parsed straight from the buffer; large body reads bypass
 * it once it is drained.
 */
final class WireInput {
    private static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int limit;

    WireInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    /** Whether bytes are already buffered (a server that sent data before a request is out of sync). */
    boolean hasBuffered() {
        return pos < limit;
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /** A line without its CR LF, or null at end of stream before any byte of it. */
    String readLine() throws IOException {
        StringBuilder sb = null;
        while (true) {
            if (pos >= limit && !fill()) {
                if (sb == null) {
                    return null;
                }
                throw new EOFException("connection closed in the middle of a header line");
            }
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                    String part = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
                    pos = i + 1;
                    if (sb == null) {
                        return part;
                    }
                    sb.append(part);
                    int len = sb.length();
                    if (len > 0 && sb.charAt(len - 1) == '\r') {
                        sb.setLength(len - 1);
                    }
                    return sb.toString();
                }
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(new String(buf, pos, limit - pos, StandardCharsets.ISO_8859_1));
            pos = limit;
            if (sb.length() > MAX_LINE) {
                throw new IOException("response header line longer than " + MAX_LINE + " bytes");
            }
        }
    }

    int read(byte[] b, int off, int len) throws IOException {
        if (pos < limit) {
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }
        if (len >= buf.length) {
            return in.read(b, off, len);
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    int read() throws IOException {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }
}
