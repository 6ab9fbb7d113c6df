package io.boto4j.internal.http;

import io.boto4j.http.RequestBody;

/**
 * The payload length of a request: its body's own when known, else the Content-Length the caller gave for a stream
 * (S3's {@code ContentLength}); -1 when neither is known. One check for the HTTP layer, which frames the body with
 * it, and for the checksum stage, which replaces the header when it re-encodes the body aws-chunked.
 */
public final class BodyLength {
    private BodyLength() {
    }

    /** @throws IllegalArgumentException when the header disagrees with the body or is not a byte count */
    public static long of(RequestBody body, String contentLengthHeader) {
        long length = body.contentLength();
        if (contentLengthHeader == null) {
            return length;
        }
        String declared = contentLengthHeader.trim();
        if (length >= 0) {
            if (!declared.equals(Long.toString(length))) {
                throw new IllegalArgumentException("Content-Length header says " + declared
                        + " but the request body has " + length + " bytes");
            }
            return length;
        }
        try {
            long n = Long.parseLong(declared);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Content-Length header '" + declared + "' is not a byte count");
    }
}
