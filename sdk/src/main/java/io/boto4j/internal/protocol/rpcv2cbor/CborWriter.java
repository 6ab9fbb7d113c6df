package io.boto4j.internal.protocol.rpcv2cbor;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** A minimal CBOR (RFC 8949) encoder: definite lengths only, shortest integer heads, as botocore writes. */
final class CborWriter {
    static final int UNSIGNED = 0;
    static final int NEGATIVE = 1;
    static final int BYTES = 2;
    static final int TEXT = 3;
    static final int ARRAY = 4;
    static final int MAP = 5;
    static final int TAG = 6;
    static final int SIMPLE = 7;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    void head(int major, long value) {
        int m = major << 5;
        if (value < 24) {
            out.write(m | (int) value);
        } else if (value < 0x100) {
            out.write(m | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(m | 25);
            writeBytesBE(value, 2);
        } else if (value < 0x100000000L) {
            out.write(m | 26);
            writeBytesBE(value, 4);
        } else {
            out.write(m | 27);
            writeBytesBE(value, 8);
        }
    }

    private void writeBytesBE(long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }

    void integer(long v) {
        if (v >= 0) {
            head(UNSIGNED, v);
        } else {
            head(NEGATIVE, -1 - v);
        }
    }

    void integer(BigInteger v) {
        if (v.bitLength() < 64) {
            integer(v.longValue());
            return;
        }
        // outside 64 bits: bignum tags 2/3 over the magnitude's bytes
        boolean negative = v.signum() < 0;
        BigInteger magnitude = negative ? v.negate().subtract(BigInteger.ONE) : v;
        head(TAG, negative ? 3 : 2);
        byte[] bytes = magnitude.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        head(BYTES, bytes.length - skip);
        out.write(bytes, skip, bytes.length - skip);
    }

    void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        head(TEXT, b.length);
        out.write(b, 0, b.length);
    }

    void bytes(byte[] b) {
        head(BYTES, b.length);
        out.write(b, 0, b.length);
    }

    void bool(boolean b) {
        out.write(b ? 0xF5 : 0xF4);
    }

    void nul() {
        out.write(0xF6);
    }

    /** NaN and the infinities as half-precision floats (the shortest exact form), as botocore writes them. */
    private boolean special(double d) {
        if (Double.isNaN(d)) {
            out.write(0xF9);
            out.write(0x7E);
            out.write(0x00);
            return true;
        }
        if (Double.isInfinite(d)) {
            out.write(0xF9);
            out.write(d > 0 ? 0x7C : 0xFC);
            out.write(0x00);
            return true;
        }
        return false;
    }

    void float32(float f) {
        if (!special(f)) {
            out.write(0xFA);
            writeBytesBE(Float.floatToIntBits(f) & 0xFFFFFFFFL, 4);
        }
    }

    void float64(double d) {
        if (!special(d)) {
            out.write(0xFB);
            writeBytesBE(Double.doubleToLongBits(d), 8);
        }
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
