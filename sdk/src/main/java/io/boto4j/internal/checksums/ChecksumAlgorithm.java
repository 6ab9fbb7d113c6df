package io.boto4j.internal.checksums;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The flexible-checksum algorithms S3 and other services accept, in the order in which a response's checksums
 * are preferred for validation (botocore's order, without the xxhash family that needs awscrt), plus MD5 for
 * {@code Content-MD5}.
 */
public enum ChecksumAlgorithm {
    CRC64NVME("crc64nvme"),
    CRC32C("crc32c"),
    CRC32("crc32"),
    SHA1("sha1"),
    SHA256("sha256"),
    SHA512("sha512"),
    MD5("md5");

    private final String id;
    private final String header;

    ChecksumAlgorithm(String id) {
        this.id = id;
        this.header = "x-amz-checksum-" + id;
    }

    /** Lower-case name as in models and config ({@code crc32c}). */
    public String id() {
        return id;
    }

    /** The header carrying this checksum, {@code x-amz-checksum-<id>} (MD5 travels in Content-MD5 instead). */
    public String headerName() {
        return this == MD5 ? "Content-MD5" : header;
    }

    /** Whether the algorithm is a flexible checksum (everything but MD5). */
    public boolean isFlexible() {
        return this != MD5;
    }

    public ChecksumCalculator newCalculator() {
        return switch (this) {
            case CRC32 -> new ChecksumCalculator.Crc(new CRC32(), 4);
            case CRC32C -> new ChecksumCalculator.Crc(new CRC32C(), 4);
            case CRC64NVME -> new ChecksumCalculator.Crc(new Crc64Nvme(), 8);
            case SHA1 -> digest("SHA-1");
            case SHA256 -> digest("SHA-256");
            case SHA512 -> digest("SHA-512");
            case MD5 -> digest("MD5");
        };
    }

    private static ChecksumCalculator digest(String name) {
        try {
            return new ChecksumCalculator.Digest(MessageDigest.getInstance(name));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + name, e);
        }
    }

    /** Parses a model or config name case-insensitively ({@code CRC32C}, {@code crc64nvme}). */
    public static ChecksumAlgorithm fromName(String name) {
        if (name != null) {
            String lower = name.trim().toLowerCase(Locale.ROOT);
            for (ChecksumAlgorithm a : values()) {
                if (a.id.equals(lower)) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("unsupported checksum algorithm '" + name
                + "'; supported: CRC32, CRC32C, CRC64NVME, SHA1, SHA256, SHA512");
    }

    /** Shortcut: the base64 checksum of a whole byte array. */
    public String base64Of(byte[] data) {
        ChecksumCalculator c = newCalculator();
        c.update(data, 0, data.length);
        return c.base64();
    }

}
