package io.boto4j.internal.http;

import io.boto4j.http.HttpConnectionException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Objects;

/**
 * A response body read straight from its connection, framed by Content-Length, chunked encoding, or the end
 * of the connection. Reading it to the end returns the connection to the pool; closing it early drains a
 * small remainder (to keep the connection) or closes the connection.
 */
final class ResponseBodyStream extends InputStream {
    enum Framing { FIXED, CHUNKED, UNTIL_CLOSE }

    private static final long MAX_DRAIN = 64 * 1024;

    private final Connection connection;
    private final ConnectionPool pool;
    private final Framing framing;
    private final boolean keepAlive;
    private long remaining; // FIXED: bytes left; CHUNKED: bytes left in the current chunk
    private final long contentLength;
    private boolean lastChunkSeen;
    private boolean done;
    private boolean released;

    ResponseBodyStream(Connection connection, ConnectionPool pool, Framing framing, long contentLength,
            boolean keepAlive) {
        this.connection = connection;
        this.pool = pool;
        this.framing = framing;
        this.contentLength = contentLength;
        this.remaining = framing == Framing.FIXED ? contentLength : 0;
        this.keepAlive = keepAlive && framing != Framing.UNTIL_CLOSE;
        if (framing == Framing.FIXED && contentLength == 0) {
            finish();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (done) {
            return -1;
        }
        if (released) {
            throw new IOException("the response body stream is closed");
        }
        if (len == 0) {
            return 0;
        }
        try {
            return switch (framing) {
                case FIXED -> readFixed(b, off, len);
                case CHUNKED -> readChunked(b, off, len);
                case UNTIL_CLOSE -> readUntilClose(b, off, len);
            };
        } catch (SocketTimeoutException e) {
            abort();
            throw new HttpConnectionException(HttpConnectionException.Kind.READ_TIMEOUT,
                    "read timeout while reading the response body from " + connection.route, e);
        } catch (HttpConnectionException e) {
            abort();
            throw e;
        } catch (IOException e) {
            abort();
            throw new HttpConnectionException(HttpConnectionException.Kind.CONNECTION_CLOSED,
                    "connection to " + connection.route + " failed while reading the response body: "
                            + e.getMessage(), e);
        }
    }

    private int readFixed(byte[] b, int off, int len) throws IOException {
        int n = connection.in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new HttpConnectionException(HttpConnectionException.Kind.CONNECTION_CLOSED,
                    "connection closed after " + (contentLength - remaining) + " of " + contentLength
                            + " response body bytes from " + connection.route, null);
        }
        remaining -= n;
        if (remaining == 0) {
            finish();
        }
        return n;
    }

    private int readChunked(byte[] b, int off, int len) throws IOException {
        if (remaining == 0) {
            if (!nextChunk()) {
                return -1;
            }
        }
        int n = connection.in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new HttpConnectionException(HttpConnectionException.Kind.CONNECTION_CLOSED,
                    "connection closed in the middle of a chunked response body from " + connection.route, null);
        }
        remaining -= n;
        if (remaining == 0) {
            expectCrlf();
        }
        return n;
    }

    private boolean nextChunk() throws IOException {
        String line = connection.in.readLine();
        if (line == null) {
            throw new HttpConnectionException(HttpConnectionException.Kind.CONNECTION_CLOSED,
                    "connection closed before the end of a chunked response body from " + connection.route, null);
        }
        int semi = line.indexOf(';');
        String hex = (semi < 0 ? line : line.substring(0, semi)).trim();
        long size;
        try {
            size = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IOException("malformed chunk size '" + hex + "' in the response body");
        }
        if (size < 0) {
            throw new IOException("negative chunk size in the response body");
        }
        if (size == 0) {
            // trailers, then an empty line
            String trailer;
            do {
                trailer = connection.in.readLine();
            } while (trailer != null && !trailer.isEmpty());
            lastChunkSeen = true;
            finish();
            return false;
        }
        remaining = size;
        return true;
    }

    private void expectCrlf() throws IOException {
        String empty = connection.in.readLine();
        if (empty == null || !empty.isEmpty()) {
            throw new IOException("chunk not followed by CRLF in the response body");
        }
    }

    private int readUntilClose(byte[] b, int off, int len) throws IOException {
        int n = connection.in.read(b, off, len);
        if (n < 0) {
            finish();
        }
        return n;
    }

    private void finish() {
        done = true;
        if (!released) {
            released = true;
            if (keepAlive) {
                pool.release(connection);
            } else {
                connection.closeQuietly();
            }
        }
    }

    private void abort() {
        done = true;
        released = true;
        connection.closeQuietly();
    }

    @Override
    public byte[] readAllBytes() throws IOException {
        if (framing != Framing.FIXED || remaining > Integer.MAX_VALUE - 8 || released && !done) {
            return super.readAllBytes();
        }
        // the common small response: one array of the exact size instead of growing buffers
        byte[] out = new byte[done ? 0 : (int) remaining];
        int pos = 0;
        while (pos < out.length) {
            int n = read(out, pos, out.length - pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        return out;
    }

    boolean isDone() {
        return done;
    }

    @Override
    public int available() throws IOException {
        return done ? 0 : (int) Math.min(framing == Framing.UNTIL_CLOSE ? 0 : remaining, Integer.MAX_VALUE);
    }

    @Override
    public void close() {
        if (released) {
            return;
        }
        boolean drainable = keepAlive && (framing == Framing.CHUNKED || remaining <= MAX_DRAIN);
        if (drainable) {
            try {
                byte[] skip = new byte[8192];
                long drained = 0;
                while (!done && drained <= MAX_DRAIN) {
                    int n = read(skip, 0, skip.length);
                    if (n < 0) {
                        break;
                    }
                    drained += n;
                }
            } catch (IOException e) {
                // the connection is already closed by the failed read; the caller no longer wants the data
            }
        }
        if (!released) {
            abort();
        }
    }

    @Override
    public String toString() {
        return "ResponseBodyStream[" + framing + (lastChunkSeen || done ? ", done" : "") + "]";
    }
}
