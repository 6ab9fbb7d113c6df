package io.boto4j.internal.auth;

/** What goes in the payload-hash slot of the canonical request. */
public enum PayloadSigning {
    /** The hex SHA-256 of the body (botocore's default, and always over plain HTTP). */
    SIGNED,
    /** The literal {@code UNSIGNED-PAYLOAD} (S3 presigning, {@code unsignedPayload} operations over HTTPS). */
    UNSIGNED,
    /** {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}: flexible checksums sent as a trailer (aws-chunked). */
    STREAMING_UNSIGNED_TRAILER
}
