package io.boto4j.internal.digest;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The Merkle-Damgard frame SHA-256 and MD5 share: 64-byte blocks, padding with 0x80 then zeros, the message length
 * in bits in the last eight bytes of the last block. Subclasses compress a block and write their state out.
 * A {@link MessageDigest} subclass, so the signer's and the checksums' code takes either this or the JDK's.
 */
abstract class BlockDigest extends MessageDigest {
    static final int BLOCK = 64;
    /** The chaining state, {@link #initial} after a reset. */
    final int[] state;
    private final int[] initial;
    private final byte[] pending = new byte[BLOCK];
    private int buffered;
    private long bytes;

    BlockDigest(String algorithm, int[] initial) {
        super(algorithm);
        this.initial = initial;
        this.state = initial.clone();
    }

    /** Compresses {@code b[off, off+64)} into {@link #state}. */
    abstract void compress(byte[] b, int off);

    /** Writes the message length in bits into the last block's last eight bytes, in the digest's byte order. */
    abstract void writeBitLength(byte[] block, long bits);

    /** Writes the state as the digest's bytes. */
    abstract void writeState(byte[] out);

    @Override
    protected final void engineUpdate(byte input) {
        pending[buffered++] = input;
        bytes++;
        if (buffered == BLOCK) {
            compress(pending, 0);
            buffered = 0;
        }
    }

    @Override
    protected final void engineUpdate(byte[] input, int offset, int len) {
        bytes += len;
        if (buffered > 0) {
            int n = Math.min(BLOCK - buffered, len);
            System.arraycopy(input, offset, pending, buffered, n);
            buffered += n;
            offset += n;
            len -= n;
            if (buffered < BLOCK) {
                return;
            }
            compress(pending, 0);
            buffered = 0;
        }
        for (; len >= BLOCK; offset += BLOCK, len -= BLOCK) {
            compress(input, offset);
        }
        System.arraycopy(input, offset, pending, 0, len);
        buffered = len;
    }

    @Override
    protected final byte[] engineDigest() {
        long bits = bytes << 3;
        pending[buffered++] = (byte) 0x80;
        if (buffered > BLOCK - 8) {
            Arrays.fill(pending, buffered, BLOCK, (byte) 0);
            compress(pending, 0);
            buffered = 0;
        }
        Arrays.fill(pending, buffered, BLOCK - 8, (byte) 0);
        writeBitLength(pending, bits);
        compress(pending, 0);
        byte[] out = new byte[engineGetDigestLength()];
        writeState(out);
        engineReset();
        return out;
    }

    @Override
    protected final void engineReset() {
        buffered = 0;
        bytes = 0;
        System.arraycopy(initial, 0, state, 0, initial.length);
    }
}
