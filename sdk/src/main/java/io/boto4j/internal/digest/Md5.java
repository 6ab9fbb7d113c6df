package io.boto4j.internal.digest;

/** MD5 (RFC 1321): what SQS reports for message bodies and attributes. */
final class Md5 extends BlockDigest {
    /** floor(|sin(i + 1)| * 2^32), RFC 1321's T. */
    private static final int[] T = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
    /** Left rotations per step, four per round. */
    private static final int[] S = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

    private static final int[] INITIAL = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

    private final int[] x = new int[16];

    Md5() {
        super("MD5", INITIAL, false);
    }

    @Override
    void compress(byte[] b, int off) {
        int[] x = this.x;
        for (int i = 0; i < 16; i++, off += 4) {
            x[i] = b[off] & 0xff | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | b[off + 3] << 24;
        }
        int[] state = this.state;
        int a = state[0];
        int c1 = state[1];
        int c2 = state[2];
        int d = state[3];
        for (int i = 0; i < 64; i++) {
            int f;
            int g;
            int round = i >>> 4;
            if (round == 0) {
                f = c1 & c2 | ~c1 & d;
                g = i;
            } else if (round == 1) {
                f = d & c1 | ~d & c2;
                g = 5 * i + 1 & 15;
            } else if (round == 2) {
                f = c1 ^ c2 ^ d;
                g = 3 * i + 5 & 15;
            } else {
                f = c2 ^ (c1 | ~d);
                g = 7 * i & 15;
            }
            int next = c1 + Integer.rotateLeft(a + f + T[i] + x[g], S[round << 2 | i & 3]);
            a = d;
            d = c2;
            c2 = c1;
            c1 = next;
        }
        state[0] += a;
        state[1] += c1;
        state[2] += c2;
        state[3] += d;
    }
}
