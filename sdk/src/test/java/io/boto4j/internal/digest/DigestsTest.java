package io.boto4j.internal.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The in-process SHA-256 and MD5 against the JDK's, which are the oracle, and the rule that picks between them. */
class DigestsTest {
    private static final Random RANDOM = new Random(20261207);

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void sha256GivesTheStandardsTestVectors() {
        MessageDigest d = new Sha256();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(d.digest()));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                hex(d.digest("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", hex(d.digest(
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void md5GivesTheRfcsTestVectors() {
        MessageDigest d = new Md5();
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", hex(d.digest()));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", hex(d.digest("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("57edf4a22be3c955ac49da2e2107b67a", hex(d.digest(("1234567890123456789012345678901234567890"
                + "1234567890123456789012345678901234567890").getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void sha256EqualsTheJdksForEveryLengthAroundTheBlockAndPaddingEdgesInAnyFeeding() throws Exception {
        agreesWithTheJdk(Sha256::new, "SHA-256");
    }

    @Test
    void md5EqualsTheJdksForEveryLengthAroundTheBlockAndPaddingEdgesInAnyFeeding() throws Exception {
        agreesWithTheJdk(Md5::new, "MD5");
    }

    /**
     * Lengths 0-300 cover one to five blocks and every padding case (the length fitting in the last block or
     * spilling into another); each input is fed whole, byte by byte, and in random slices through one reused
     * instance, which must reset itself after each digest.
     */
    private static void agreesWithTheJdk(Supplier<MessageDigest> own, String algorithm) throws Exception {
        MessageDigest jdk = MessageDigest.getInstance(algorithm);
        MessageDigest d = own.get();
        int checked = 0;
        for (int len = 0; len <= 300; len++) {
            byte[] data = new byte[len];
            RANDOM.nextBytes(data);
            byte[] expected = jdk.digest(data);
            assertArrayEquals(expected, d.digest(data), algorithm + " of " + len + " bytes, whole");
            for (byte b : data) {
                d.update(b);
            }
            assertArrayEquals(expected, d.digest(), algorithm + " of " + len + " bytes, byte by byte");
            for (int off = 0; off < len; ) {
                int n = Math.min(len - off, 1 + RANDOM.nextInt(70));
                d.update(data, off, n);
                off += n;
            }
            assertArrayEquals(expected, d.digest(), algorithm + " of " + len + " bytes, in slices");
            checked += 3;
        }
        byte[] large = new byte[1 << 20];
        RANDOM.nextBytes(large);
        d.update(large, 0, 7);
        d.reset();
        assertArrayEquals(jdk.digest(large), d.digest(large), algorithm + " of 1 MiB after a reset");
        assertEquals(903, checked, "every length was fed three ways");
    }

    @Test
    void smallDigestsAreInProcessUntilTheirNumberIsUsedThenTheJdksForEveryone() {
        // other tests in this JVM may have spent the budget already, so this checks its bounds; FirstCallPathTest
        // checks that a fresh JVM's first calls do use the in-process digests
        assertFalse(Digests.inProcess(-1), "a stream of unknown length goes to the JDK's digest");
        assertFalse(Digests.inProcess(Digests.SMALL_BYTES + 1), "a large input goes to the JDK's digest");
        int allowed = 0;
        for (int i = 0; i < Digests.IN_PROCESS_DIGESTS + 10; i++) {
            if (Digests.inProcess(10)) {
                allowed++;
            }
        }
        assertTrue(allowed <= Digests.IN_PROCESS_DIGESTS, "at most the budget, counted across the process: " + allowed);
        assertFalse(Digests.inProcess(10), "the budget is spent");
        MessageDigest md5 = Digests.md5(10);
        assertFalse(md5 instanceof BlockDigest, "after the budget MD5 is the JDK's: " + md5);
        assertNotSame(md5, Digests.md5(10), "MD5s are not shared between callers");
        assertTrue(Digests.inProcessSha256() instanceof Sha256);
    }
}
