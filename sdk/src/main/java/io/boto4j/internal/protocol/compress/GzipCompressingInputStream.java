package io.boto4j.internal.protocol.compress;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Reads the gzip (RFC 1952) form of another stream, compressing as it is pulled: nothing is buffered whole. */
final class GzipCompressingInputStream extends InputStream {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final InputStream source;
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final CRC32 crc = new CRC32();
    private final byte[] in = new byte[8192];
    private final byte[] pending = new byte[8192 + 64];
    private int pendingPos;
    private int pendingLen;
    private boolean headerDone;
    private boolean trailerDone;

    GzipCompressingInputStream(InputStream source) {
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pendingPos == pendingLen) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, pendingLen - pendingPos);
        System.arraycopy(pending, pendingPos, b, off, n);
        pendingPos += n;
        return n;
    }

    /** Puts the next compressed bytes in {@code pending}; false at the end. */
    private boolean fill() throws IOException {
        pendingPos = 0;
        pendingLen = 0;
        if (!headerDone) {
            System.arraycopy(HEADER, 0, pending, 0, HEADER.length);
            pendingLen = HEADER.length;
            headerDone = true;
            return true;
        }
        if (trailerDone) {
            return false;
        }
        while (true) {
            if (!deflater.finished()) {
                int n = deflater.deflate(pending, 0, pending.length);
                if (n > 0) {
                    pendingLen = n;
                    return true;
                }
                if (deflater.needsInput()) {
                    int r = source.read(in);
                    if (r < 0) {
                        deflater.finish();
                    } else if (r > 0) {
                        crc.update(in, 0, r);
                        deflater.setInput(in, 0, r);
                    }
                }
            } else {
                writeTrailer();
                trailerDone = true;
                return true;
            }
        }
    }

    private void writeTrailer() {
        long c = crc.getValue();
        long size = deflater.getBytesRead();
        for (int i = 0; i < 4; i++) {
            pending[i] = (byte) (c >>> (8 * i));
            pending[4 + i] = (byte) (size >>> (8 * i));
        }
        pendingLen = 8;
    }

    @Override
    public void close() throws IOException {
        deflater.end();
        source.close();
    }
}
