package io.boto4j.internal.checksums;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes a body as {@code aws-chunked} with a trailing checksum, as botocore sends streaming uploads whose
 * checksum is computed on the fly: {@code <hex length>\r\n<data>\r\n} per chunk, then
 * {@code 0\r\n<trailer>:<base64 checksum>\r\n\r\n}. Every chunk but the last is exactly {@code chunkSize} bytes,
 * so the encoded length is known in advance when the body's is ({@link #encodedLength}).
 */
public final class AwsChunkedInputStream extends InputStream {
    public static final int DEFAULT_CHUNK_SIZE = 1024 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final InputStream raw;
    private final ChecksumAlgorithm algorithm;
    private final ChecksumCalculator checksum;
    private final byte[] chunk;

    // the pending output is header, then chunk[0..chunkLength), then footer
    private byte[] header = new byte[0];
    private int headerPos;
    private int chunkLength;
    private int chunkPos;
    private byte[] footer = new byte[0];
    private int footerPos;
    private boolean finished;

    /** @param algorithm the trailing checksum, or null for plain aws-chunked without a trailer */
    public AwsChunkedInputStream(InputStream raw, ChecksumAlgorithm algorithm, int chunkSize) {
        this.raw = Objects.requireNonNull(raw, "raw");
        if (chunkSize < 1) {
            throw new IllegalArgumentException("aws-chunked chunk size must be positive, got " + chunkSize);
        }
        this.algorithm = algorithm;
        this.checksum = algorithm == null ? null : algorithm.newCalculator();
        this.chunk = new byte[chunkSize];
    }

    public AwsChunkedInputStream(InputStream raw, ChecksumAlgorithm algorithm) {
        this(raw, algorithm, DEFAULT_CHUNK_SIZE);
    }

    /**
     * The headers the request needs for this encoding. The caller also drops {@code Content-Length} for the
     * decoded body and either sends {@code Transfer-Encoding: chunked} (botocore's way) or a
     * {@code Content-Length} of {@link #encodedLength}.
     */
    public static Map<String, String> requestHeaders(ChecksumAlgorithm algorithm, long decodedLength) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Encoding", "aws-chunked");
        if (algorithm != null) {
            h.put("X-Amz-Trailer", algorithm.headerName());
        }
        if (decodedLength >= 0) {
            h.put("X-Amz-Decoded-Content-Length", Long.toString(decodedLength));
        }
        return h;
    }

    /** Length of the encoded body for a decoded body of {@code decodedLength} bytes. */
    public static long encodedLength(long decodedLength, ChecksumAlgorithm algorithm, int chunkSize) {
        long full = decodedLength / chunkSize;
        long rest = decodedLength % chunkSize;
        long length = full * (Long.toHexString(chunkSize).length() + 4L + chunkSize);
        if (rest > 0) {
            length += Long.toHexString(rest).length() + 4L + rest;
        }
        length += 3; // "0\r\n"
        if (algorithm != null) {
            int digestBytes = algorithm.newCalculator().digest().length;
            length += algorithm.headerName().length() + 1 + 4L * ((digestBytes + 2) / 3) + 2;
        }
        return length + 2;
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
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written < len) {
            if (headerPos < header.length) {
                int n = Math.min(len - written, header.length - headerPos);
                System.arraycopy(header, headerPos, b, off + written, n);
                headerPos += n;
                written += n;
            } else if (chunkPos < chunkLength) {
                int n = Math.min(len - written, chunkLength - chunkPos);
                System.arraycopy(chunk, chunkPos, b, off + written, n);
                chunkPos += n;
                written += n;
            } else if (footerPos < footer.length) {
                int n = Math.min(len - written, footer.length - footerPos);
                System.arraycopy(footer, footerPos, b, off + written, n);
                footerPos += n;
                written += n;
            } else if (finished) {
                break;
            } else {
                nextChunk();
            }
        }
        return written == 0 ? -1 : written;
    }

    private void nextChunk() throws IOException {
        int n = raw.readNBytes(chunk, 0, chunk.length);
        chunkPos = 0;
        headerPos = 0;
        footerPos = 0;
        if (n > 0) {
            if (checksum != null) {
                checksum.update(chunk, 0, n);
            }
            chunkLength = n;
            header = (Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            footer = CRLF;
            return;
        }
        chunkLength = 0;
        finished = true;
        String last = algorithm == null ? "0\r\n\r\n"
                : "0\r\n" + algorithm.headerName() + ":" + checksum.base64() + "\r\n\r\n";
        header = last.getBytes(StandardCharsets.US_ASCII);
        footer = new byte[0];
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
