package io.boto4j.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body. Bodies built from bytes, strings and files are repeatable (a retry resends them); a body
 * over a caller's {@link InputStream} can be sent once unless the stream supports mark/reset.
 */
public interface RequestBody {
    RequestBody EMPTY = ofBytes(new byte[0]);

    /** Length in bytes, or -1 if not known before sending. */
    long contentLength();

    /** A stream over the body from its start. For a non-repeatable body only the first call succeeds. */
    InputStream newStream();

    /**
     * True when {@link #newStream()} may be called more than once, as a checksum or signing pass before the send,
     * and a retry after it, need. A stream read once (neither bytes, a file nor mark-supporting) is false from
     * the start: its one read is the send.
     */
    boolean isRepeatable();

    /** The whole body when it is held in memory, else null; signers and checksums use it to avoid a copy. */
    default byte[] bytesIfBuffered() {
        return null;
    }

    static RequestBody ofBytes(byte[] bytes) {
        return new Bytes(bytes);
    }

    static RequestBody ofString(String s) {
        return new Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static RequestBody ofPath(Path path) {
        return new RequestBody() {
            @Override
            public long contentLength() {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read request body file " + path, e);
                }
            }

            @Override
            public InputStream newStream() {
                try {
                    return Files.newInputStream(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read request body file " + path, e);
                }
            }

            @Override
            public boolean isRepeatable() {
                return true;
            }
        };
    }

    /** A body over a caller's stream; {@code length} may be -1 when unknown. */
    static RequestBody ofInputStream(InputStream in, long length) {
        return new Stream(in, length);
    }

    record Bytes(byte[] bytes) implements RequestBody {
        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public InputStream newStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean isRepeatable() {
            return true;
        }

        @Override
        public byte[] bytesIfBuffered() {
            return bytes;
        }

        @Override
        public String toString() {
            return "RequestBody[" + bytes.length + " bytes]";
        }
    }

    final class Stream implements RequestBody {
        private final InputStream in;
        private final long length;
        private boolean used;

        Stream(InputStream in, long length) {
            this.in = in;
            this.length = length;
            if (in.markSupported()) {
                in.mark(Integer.MAX_VALUE);
            }
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public synchronized InputStream newStream() {
            if (used) {
                if (!in.markSupported()) {
                    throw new IllegalStateException("the request body stream was already sent and cannot be "
                            + "rewound; pass bytes, a Path or a mark-supporting InputStream to allow retries");
                }
                try {
                    in.reset();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot rewind the request body stream for a retry", e);
                }
            }
            used = true;
            // each pass (checksum, payload hash, each attempt's send) closes what it reads; the caller's stream
            // must stay open to be rewound for the next pass, and is the caller's to close (as boto3 leaves it)
            return new FilterInputStream(in) {
                @Override
                public void close() {
                }
            };
        }

        @Override
        public boolean isRepeatable() {
            return in.markSupported();
        }

        @Override
        public String toString() {
            return "RequestBody[stream, " + (length < 0 ? "unknown length" : length + " bytes") + "]";
        }
    }
}
