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
}
