package io.boto4j.exception;

/** A streaming body ended before the Content-Length the response announced (botocore's IncompleteReadError). */
public class IncompleteReadError extends ResponseParserError {
    private final long actualBytes;
    private final long expectedBytes;

    public IncompleteReadError(long actualBytes, long expectedBytes) {
        super("Response ended prematurely: read " + actualBytes + " bytes, expected " + expectedBytes
                + " (Content-Length)");
        this.actualBytes = actualBytes;
        this.expectedBytes = expectedBytes;
    }

    public long getActualBytes() {
        return actualBytes;
    }

    public long getExpectedBytes() {
        return expectedBytes;
    }
}
