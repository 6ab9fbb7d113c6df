package io.boto4j.internal.checksums;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.Checksum;

/** A running checksum: feed bytes, then read the digest (big-endian for CRCs) or its base64 header value. */
public sealed interface ChecksumCalculator {
    void update(byte[] b, int off, int len);

    /** The digest of everything fed so far. Call once; the calculator is spent afterwards. */
    byte[] digest();

    default String base64() {
        return Base64.getEncoder().encodeToString(digest());
    }

    final class Crc implements ChecksumCalculator {
        private final Checksum crc;
        private final int width;

        Crc(Checksum crc, int width) {
            this.crc = crc;
            this.width = width;
        }

        @Override
        public void update(byte[] b, int off, int len) {
            crc.update(b, off, len);
        }

        @Override
        public byte[] digest() {
            long v = crc.getValue();
            byte[] out = new byte[width];
            for (int i = width - 1; i >= 0; i--) {
                out[i] = (byte) v;
                v >>>= 8;
            }
            return out;
        }
    }

    final class Digest implements ChecksumCalculator {
        private final MessageDigest md;

        Digest(MessageDigest md) {
            this.md = md;
        }

        @Override
        public void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        public byte[] digest() {
            return md.digest();
        }
    }
}
