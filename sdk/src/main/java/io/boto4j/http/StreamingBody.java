package io.boto4j.http;

import io.boto4j.exception.IncompleteReadError;
import io.boto4j.exception.ResponseStreamingError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streaming response payload handed to the caller unread, as botocore's {@code StreamingBody}: read it (all
 * at once, in chunks or lines) and close it to release the connection. When the response announced a
 * Content-Length, reaching the end early raises {@link IncompleteReadError}. A {@link Validator} (the
 * pipeline's checksum check) sees every byte and is asked to verify at the end of the stream. The convenience
 * readers ({@link #read(int)}, {@link #readAllBytes()}, the iterators) raise {@link ResponseStreamingError} when the
 * connection fails mid-body; {@link #read(byte[], int, int)} keeps InputStream's IOException.
 */
public final class StreamingBody extends InputStream {
    /** Sees the bytes as they are read and checks them at the end (e.g. a response checksum). */
    public interface Validator {
        void update(byte[] bytes, int offset, int length);

        /** Called once at the end of the stream; throws when the bytes do not match. */
        void verify();
    }

    private static final int DEFAULT_CHUNK = 1024;

    private final InputStream in;
    private final Long contentLength;
    private Validator validator;
    private long position;
    private boolean finished;
    private boolean closed;

    /** @param contentLength the announced Content-Length, or null when unknown (chunked encoding) */
    public StreamingBody(InputStream in, Long contentLength) {
        this.in = in;
        this.contentLength = contentLength;
    }

    /** A body over a response, taking the length from its Content-Length header when present and valid. */
    public static StreamingBody of(HttpResponse response) {
        String cl = response.headers().first("content-length");
        Long length = null;
        if (cl != null) {
            try {
                length = Long.parseLong(cl.trim());
            } catch (NumberFormatException ignored) {
                // a malformed length is treated as unknown rather than failing the whole call
            }
        }
        return new StreamingBody(response.body(), length);
    }

    /** Installs the validator the pipeline uses to check a response checksum; returns this body. */
    public StreamingBody withValidator(Validator v) {
        this.validator = v;
        return this;
    }

    public Long contentLength() {
        return contentLength;
    }

    /** How many bytes were read so far. */
    public long tell() {
        return position;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("The streaming body is closed");
        }
        if (len == 0) {
            return 0;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            end();
            return -1;
        }
        position += n;
        if (validator != null) {
            validator.update(b, off, n);
        }
        if (contentLength != null && position >= contentLength) {
            end();
        }
        return n;
    }

    private void end() {
        if (finished) {
            return;
        }
        finished = true;
        if (contentLength != null && position < contentLength) {
            throw new IncompleteReadError(position, contentLength);
        }
        if (validator != null) {
            validator.verify();
        }
    }

    /** Reads up to {@code amount} bytes (fewer only at the end); an empty array at the end. botocore's read(amt). */
    public byte[] read(int amount) {
        byte[] buf = new byte[amount];
        int total = 0;
        try {
            while (total < amount) {
                int n = read(buf, total, amount - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException e) {
            throw new ResponseStreamingError(position, e);
        }
        return total == amount ? buf : Arrays.copyOf(buf, total);
    }

    @Override
    public byte[] readAllBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength == null ? 8192
                : (int) Math.min(Math.max(contentLength, 0), Integer.MAX_VALUE - 8));
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = read(buf, 0, buf.length)) >= 0) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ResponseStreamingError(position, e);
        }
        return out.toByteArray();
    }

    /** The rest of the body as UTF-8 text. */
    public String readAllText() {
        return new String(readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The body in chunks of at most {@code chunkSize} bytes (botocore's iter_chunks). */
    public Iterator<byte[]> iterChunks(int chunkSize) {
        return new Iterator<>() {
            private byte[] next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    byte[] c = read(chunkSize);
                    next = c.length == 0 ? null : c;
                }
                return next != null;
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                byte[] c = next;
                next = null;
                return c;
            }
        };
    }

    public Iterator<byte[]> iterChunks() {
        return iterChunks(DEFAULT_CHUNK);
    }

    /**
     * The body's lines without their line endings (botocore's iter_lines), split at \n, \r\n or \r, as bytes
     * so that binary content survives; decode with the charset you expect.
     */
    public Iterator<byte[]> iterLines(int chunkSize) {
        Iterator<byte[]> chunks = iterChunks(chunkSize);
        return new Iterator<>() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
            private final java.util.ArrayDeque<byte[]> ready = new java.util.ArrayDeque<>();
            private boolean lastWasCr;
            private boolean drained;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !drained) {
                    if (chunks.hasNext()) {
                        for (byte b : chunks.next()) {
                            if (b == '\n') {
                                if (!lastWasCr) {
                                    ready.add(pending.toByteArray());
                                    pending.reset();
                                }
                                lastWasCr = false;
                            } else if (b == '\r') {
                                ready.add(pending.toByteArray());
                                pending.reset();
                                lastWasCr = true;
                            } else {
                                pending.write(b);
                                lastWasCr = false;
                            }
                        }
                    } else {
                        drained = true;
                        if (pending.size() > 0) {
                            ready.add(pending.toByteArray());
                        }
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    public Iterator<byte[]> iterLines() {
        return iterLines(DEFAULT_CHUNK);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // releasing a connection that already went away is not the caller's problem
        }
    }

    @Override
    public String toString() {
        return "StreamingBody(contentLength=" + contentLength + ", read=" + position + ")";
    }
}
