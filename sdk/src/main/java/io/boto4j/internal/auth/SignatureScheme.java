package io.boto4j.internal.auth;

/** The signing algorithms boto4j implements, with the names botocore and the rule sets use. */
public enum SignatureScheme {
    /** AWS Signature Version 4 (HMAC-SHA256). */
    SIGV4,
    /** SigV4a: ECDSA P-256 over a region set (S3 multi-region access points and others). */
    SIGV4A,
    /** SigV4 with S3 Express session credentials (the session token goes in {@code x-amz-s3session-token}). */
    SIGV4_S3EXPRESS,
    /** {@code Authorization: Bearer <token>}. */
    BEARER,
    /** No signature (botocore's {@code UNSIGNED}, the {@code smithy.api#noAuth} trait). */
    NONE
}
