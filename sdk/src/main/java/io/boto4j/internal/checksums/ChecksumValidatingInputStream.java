package io.boto4j.internal.checksums;

import io.boto4j.exception.ChecksumError;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Checks a response body against the checksum the service sent while the caller reads it. On a mismatch the
 * read that reaches the end throws {@link ChecksumError}. When the body's length is known that read is the one
 * that would return the last bytes, and they are withheld: a caller never receives the whole of a corrupted
 * body without an error.
 */
public final class ChecksumValidatingInputStream extends FilterInputStream {
    private final ChecksumAlgorithm algorithm;
    private final String expectedBase64;
    private final long contentLength;
    private ChecksumCalculator calculator;
    private long seen;
    private boolean validated;

    /** @param contentLength the body's length, or -1 when unknown (then the check runs at end of stream) */
    public ChecksumValidatingInputStream(InputStream in, ChecksumAlgorithm algorithm, String expectedBase64,
            long contentLength) {
        super(Objects.requireNonNull(in, "in"));
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.expectedBase64 = Objects.requireNonNull(expectedBase64, "expectedBase64").trim();
        this.contentLength = contentLength;
        this.calculator = algorithm.newCalculator();
        if (contentLength == 0) {
            validate();
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
        int n = in.read(b, off, len);
        if (n < 0) {
            if (contentLength >= 0 && seen < contentLength && !validated) {
                throw new ChecksumError("response body ended after " + seen + " of " + contentLength
                        + " bytes; its " + algorithm.id() + " checksum cannot be verified");
            }
            validate();
            return -1;
        }
        calculator.update(b, off, n);
        seen += n;
        if (contentLength >= 0 && seen >= contentLength) {
            validate();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes must still be checksummed
        byte[] buf = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported on a checksum-validated body");
    }

    private void validate() {
        if (validated) {
            return;
        }
        validated = true;
        String actual = calculator.base64();
        calculator = null;
        if (!actual.equals(expectedBase64)) {
            throw new ChecksumError("Expected checksum " + expectedBase64 + " did not match calculated checksum: "
                    + actual + " (" + algorithm.id() + ")");
        }
    }
}
