package io.boto4j.internal.auth.signer;

import io.boto4j.internal.digest.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * SHA-256 and HMAC-SHA256 with per-thread instances (getInstance is costly on the signing hot path). HMAC is
 * RFC 2104 over the SHA-256 digest rather than {@code javax.crypto.Mac}: finding a Mac makes the JVM load and
 * rank every security provider and read the crypto policy files, some 150 classes and 50-100 ms on the first
 * signed call of a process, for the same two digests. Which SHA-256 computes them is {@link Digests}' rule: the
 * in-process one for a process's first few hundred small digests, so a short-lived process never loads the
 * JDK's providers at all.
 */
final class Crypto {
    private static final int BLOCK = 64;
    private static final int SLICE = 64 * 1024;
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<Sha256s> SHA256 = new Sha256PerThread();
    private static final ThreadLocal<byte[]> PAD = new PadPerThread();

    /** A thread's SHA-256 digests: the in-process one, and the JDK's once this thread has needed it. */
    private static final class Sha256s {
        final MessageDigest inProcess = Digests.inProcessSha256();
        MessageDigest jdk;
    }

    // ThreadLocal subclasses, not withInitial lambdas: each lambda spins a class on a fresh JVM's first call.
    private static final class Sha256PerThread extends ThreadLocal<Sha256s> {
        @Override
        protected Sha256s initialValue() {
            return new Sha256s();
        }
    }

    private static final class PadPerThread extends ThreadLocal<byte[]> {
        @Override
        protected byte[] initialValue() {
            return new byte[BLOCK];
        }
    }

    private Crypto() {
    }

    /** A reset SHA-256 for about {@code size} bytes (-1: not known, as for a stream). */
    static MessageDigest sha256(long size) {
        Sha256s s = SHA256.get();
        MessageDigest d;
        if (s.jdk == null && Digests.inProcess(size)) {
            d = s.inProcess;
        } else {
            if (s.jdk == null) {
                s.jdk = Digests.jdk("SHA-256");
            }
            d = s.jdk;
        }
        d.reset();
        return d;
    }

    /**
     * Fed in slices: until C2 has compiled the digest's intrinsic, a thread hashing a multipart part (8 MiB) in
     * one call stays in the interpreted compression loop until that call returns; in slices it moves to the
     * compiled code at the next one.
     */
    static String sha256Hex(byte[] data) {
        MessageDigest d = sha256(data.length);
        for (int off = 0; off < data.length; off += SLICE) {
            d.update(data, off, Math.min(SLICE, data.length - off));
        }
        return hex(d.digest());
    }

    static String sha256Hex(String data) {
        return sha256Hex(data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, String data) {
        return hmac(key, data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        MessageDigest d = sha256(key.length + data.length);
        byte[] k = key.length > BLOCK ? d.digest(key) : key;
        byte[] pad = PAD.get();
        // the key is zero-padded first so that the XOR loops have no branch on the key's length: the signing
        // keys are 32 bytes but the first one ("AWS4" + secret) is longer, and C2's loop predicate built from
        // that profile failed and recompiled hmac several times (some 250 ms of compiler CPU each)
        System.arraycopy(k, 0, pad, 0, k.length);
        Arrays.fill(pad, k.length, BLOCK, (byte) 0);
        xor(pad, (byte) 0x36);
        d.update(pad);
        d.update(data);
        byte[] inner = d.digest();
        xor(pad, (byte) (0x36 ^ 0x5c));
        d.update(pad);
        d.update(inner);
        return d.digest();
    }

    private static void xor(byte[] block, byte mask) {
        for (int i = 0; i < BLOCK; i++) {
            block[i] ^= mask;
        }
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 15];
            out[2 * i + 1] = HEX[bytes[i] & 15];
        }
        return new String(out);
    }
}
