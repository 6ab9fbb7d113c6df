package io.boto4j.internal.checksums;

import java.util.zip.Checksum;

/**
 * CRC-64/NVME: reflected polynomial 0xAD93D23594C93659 (0x9A6C9329AC4BC9B5 reversed), initial value and final
 * xor all ones; the check value of "123456789" is 0xAE8B14860A799888. The JDK has no CRC-64, so this is a
 * slicing-by-8 table implementation (eight bytes per step).
 */
public final class Crc64Nvme implements Checksum {
    private static final long POLY_REFLECTED = 0x9A6C9329AC4BC9B5L;
    private static final long[][] TABLES = new long[8][256];

    static {
        for (int n = 0; n < 256; n++) {
            long crc = n;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY_REFLECTED : crc >>> 1;
            }
            TABLES[0][n] = crc;
        }
        for (int n = 0; n < 256; n++) {
            long crc = TABLES[0][n];
            for (int t = 1; t < 8; t++) {
                crc = TABLES[0][(int) (crc & 0xFF)] ^ (crc >>> 8);
                TABLES[t][n] = crc;
            }
        }
    }

    private long crc = ~0L;

    @Override
    public void update(int b) {
        crc = TABLES[0][(int) ((crc ^ b) & 0xFF)] ^ (crc >>> 8);
    }

    @Override
    public void update(byte[] b, int off, int len) {
        long c = crc;
        int i = off;
        int end = off + len;
        long[] t0 = TABLES[0];
        long[] t1 = TABLES[1];
        long[] t2 = TABLES[2];
        long[] t3 = TABLES[3];
        long[] t4 = TABLES[4];
        long[] t5 = TABLES[5];
        long[] t6 = TABLES[6];
        long[] t7 = TABLES[7];
        while (end - i >= 8) {
            long v = c ^ ((b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16
                    | (b[i + 3] & 0xFFL) << 24 | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40
                    | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56);
            c = t7[(int) (v & 0xFF)] ^ t6[(int) ((v >>> 8) & 0xFF)] ^ t5[(int) ((v >>> 16) & 0xFF)]
                    ^ t4[(int) ((v >>> 24) & 0xFF)] ^ t3[(int) ((v >>> 32) & 0xFF)]
                    ^ t2[(int) ((v >>> 40) & 0xFF)] ^ t1[(int) ((v >>> 48) & 0xFF)] ^ t0[(int) (v >>> 56)];
            i += 8;
        }
        while (i < end) {
            c = t0[(int) ((c ^ b[i++]) & 0xFF)] ^ (c >>> 8);
        }
        crc = c;
    }

    @Override
    public long getValue() {
        return ~crc;
    }

    @Override
    public void reset() {
        crc = ~0L;
    }
}
