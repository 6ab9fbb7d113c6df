package io.boto4j.internal.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which SHA-256 or MD5 the SDK uses for one digest: the in-process one ({@link Sha256}, {@link Md5}) for the
 * process's first {@value #IN_PROCESS_DIGESTS} small digests, the JDK's after that and for every input over
 * {@value #SMALL_BYTES} bytes.
 *
 * <p>A short-lived process (a Lambda handler's cold start, a CLI, a test) then never builds the JDK's provider
 * list for its few signatures. A long-lived one switches after about a hundred signed calls, since the JDK's
 * SHA-256 is C2's intrinsic on CPUs with SHA extensions: warmed up, 300 bytes cost about 0.25 µs there and about
 * 1.7 µs here. Large inputs go to the JDK's at once, where that difference is milliseconds per MiB.
 * Both compute the same bytes; the choice is only about cost.
 */
public final class Digests {
    static final int IN_PROCESS_DIGESTS = 300;
    static final int SMALL_BYTES = 16 * 1024;
    private static final AtomicInteger IN_PROCESS = new AtomicInteger();
    /** Set once any thread has loaded a JDK digest: from then on the providers are paid for. */
    private static volatile boolean jdkLoaded;

    private Digests() {
    }

    /** Whether a digest of {@code size} bytes (-1 when not known) may still be computed in-process; counts it. */
    public static boolean inProcess(long size) {
        return size >= 0 && size <= SMALL_BYTES && !jdkLoaded && IN_PROCESS.get() < IN_PROCESS_DIGESTS
                && IN_PROCESS.incrementAndGet() <= IN_PROCESS_DIGESTS;
    }

    /** A fresh in-process SHA-256. */
    public static MessageDigest inProcessSha256() {
        return new Sha256();
    }

    /** An MD5 for {@code size} bytes: in-process while {@link #inProcess} allows, the JDK's otherwise. */
    public static MessageDigest md5(long size) {
        return inProcess(size) ? new Md5() : jdk("MD5");
    }

    /** The JDK's digest of that name. */
    public static MessageDigest jdk(String algorithm) {
        try {
            MessageDigest d = MessageDigest.getInstance(algorithm);
            if (!jdkLoaded) {
                // written once: SQS asks for an MD5 per call, and a volatile write costs each one a fence
                jdkLoaded = true;
            }
            return d;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks " + algorithm, e);
        }
    }
}
