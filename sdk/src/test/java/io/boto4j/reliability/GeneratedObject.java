package io.boto4j.reliability;

/**
 * The bytes of a large test object, generated from their offset instead of stored (so neither side holds the
 * object): each 8-byte word is a mix of its index. Any chunk can be produced on its own.
 */
final class GeneratedObject {
    private GeneratedObject() {
    }

    /** Fills {@code buf[0..len)} with the object's bytes from {@code offset} (a multiple of 8). */
    static void fill(long offset, byte[] buf, int len) {
        long word = offset >>> 3;
        for (int i = 0; i < len; i += 8, word++) {
            long v = word * 0x9E3779B97F4A7C15L;
            v ^= v >>> 29;
            for (int j = 0; j < 8 && i + j < len; j++) {
                buf[i + j] = (byte) (v >>> (8 * j));
            }
        }
    }

    /** The CRC32C of the object's first {@code size} bytes, generated in 1 MiB chunks. */
    static long crc32c(long size) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        byte[] buf = new byte[1 << 20];
        for (long off = 0; off < size; off += buf.length) {
            int n = (int) Math.min(buf.length, size - off);
            fill(off, buf, n);
            crc.update(buf, 0, n);
        }
        return crc.getValue();
    }
}
