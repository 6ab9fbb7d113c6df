package io.boto4j.internal.checksums;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ChecksumError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumValidatingInputStreamTest {
    private final byte[] body = randomBytes(100_000);

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(9).nextBytes(b);
        return b;
    }

    @Test
    void matchingBodyIsReadInFull() throws IOException {
        String crc = ChecksumAlgorithm.CRC32.base64Of(body);
        for (long length : new long[] {body.length, -1}) {
            InputStream in = new ChecksumValidatingInputStream(new ByteArrayInputStream(body),
                    ChecksumAlgorithm.CRC32, crc, length);
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void corruptedBodyOfKnownLengthFailsBeforeItsLastBytesAreReturned() {
        byte[] corrupted = body.clone();
        corrupted[500] ^= 1;
        String crc = ChecksumAlgorithm.CRC32.base64Of(body);
        InputStream in = new ChecksumValidatingInputStream(new ByteArrayInputStream(corrupted),
                ChecksumAlgorithm.CRC32, crc, corrupted.length);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ChecksumError e = assertThrows(ChecksumError.class, () -> {
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                received.write(buf, 0, n);
            }
        });
        assertTrue(received.size() < corrupted.length, "all " + received.size() + " bytes were handed out");
        assertTrue(e.getMessage().contains(crc), e.getMessage());
    }

    @Test
    void corruptedBodyOfUnknownLengthFailsAtEndOfStream() {
        byte[] corrupted = body.clone();
        corrupted[0] ^= 1;
        InputStream in = new ChecksumValidatingInputStream(new ByteArrayInputStream(corrupted),
                ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA256.base64Of(body), -1);
        assertThrows(ChecksumError.class, in::readAllBytes);
    }

    @Test
    void truncatedBodyIsAnError() {
        byte[] truncated = java.util.Arrays.copyOf(body, 1000);
        InputStream in = new ChecksumValidatingInputStream(new ByteArrayInputStream(truncated),
                ChecksumAlgorithm.CRC32C, ChecksumAlgorithm.CRC32C.base64Of(body), body.length);
        ChecksumError e = assertThrows(ChecksumError.class, in::readAllBytes);
        assertTrue(e.getMessage().contains("1000 of 100000"), e.getMessage());
    }

    @Test
    void skippedBytesAreStillChecked() {
        byte[] corrupted = body.clone();
        corrupted[10] ^= 1;
        InputStream in = new ChecksumValidatingInputStream(new ByteArrayInputStream(corrupted),
                ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32.base64Of(body), corrupted.length);
        assertThrows(ChecksumError.class, () -> in.skip(corrupted.length));
    }
}
