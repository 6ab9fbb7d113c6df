package io.boto4j.internal.digest;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The Merkle-Damgard frame SHA-256 and MD5 share: 64-byte blocks, padding with 0x80 then zeros, the message length
 * in bits in the last eight bytes of the last block, and the state written out as the digest, both in the
 * algorithm's byte order (big-endian for SHA-256, little-endian for MD5). Subclasses compress a block.
 * A {@link MessageDigest} subclass, so the signer's and the checksums' code takes either this or the JDK's.
 */
abstract class BlockDigest extends MessageDigest {
    static final int BLOCK = 64;
    /** The chaining state, {@link #initial} after a reset. */
    final int[] state;
    private final int[] initial;
    private final boolean bigEndian;
    private final byte[] pending = new byte[BLOCK];
    private int buffered;
    private long bytes;

    BlockDigest(String algorithm, int[] initial, boolean bigEndian) {
        super(algorithm);
        this.initial = initial;
        this.state = initial.clone();
        this.bigEndian = bigEndian;
    }

    /** Compresses {@code b[off, off+64)} into {@link #state}. */
    abstract void compress(byte[] b, int off);

    /** The digest is the state's words, so its length follows from theirs. */
    @Override
    protected final int engineGetDigestLength() {
        return 4 * state.length;
    }

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
        for (int i = 0; i < 8; i++) {
            pending[BLOCK - 8 + i] = (byte) (bits >>> (bigEndian ? 56 - 8 * i : 8 * i));
        }
        compress(pending, 0);
        byte[] out = new byte[engineGetDigestLength()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (state[i >>> 2] >>> (bigEndian ? 24 - 8 * (i & 3) : 8 * (i & 3)));
        }
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
