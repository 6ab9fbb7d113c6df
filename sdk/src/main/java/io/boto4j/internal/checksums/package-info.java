/**
 * Checksums: flexible checksum algorithms (CRC32, CRC32C, CRC64NVME, SHA-1/256/512) and MD5, the
 * {@code aws-chunked} encoding with a trailing checksum for streaming uploads, and response validation.
 */
package io.boto4j.internal.checksums;
