package io.boto4j.exception;

/**
 * Reading a streaming response body failed part-way (the connection was reset or closed before the body ended),
 * as botocore's {@code ResponseStreamingError}: the bytes read so far are not the whole object. The I/O failure is
 * the cause.
 */
public class ResponseStreamingError extends BotoCoreError {
    private final long bytesRead;

    public ResponseStreamingError(long bytesRead, Throwable cause) {
        super("An error occurred while reading from response stream after " + bytesRead + " bytes: "
                + cause.getMessage(), cause);
        this.bytesRead = bytesRead;
    }

    /** How many bytes of the body were read before the failure. */
    public long getBytesRead() {
        return bytesRead;
    }
}
