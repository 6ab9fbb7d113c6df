package io.boto4j.internal.auth.signer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CryptoTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void hmacMatchesTheRfc4231TestVectors() {
        // RFC 4231 cases 1, 2, 6 (a 131-byte key, hashed first) and 7, HMAC-SHA-256 column
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                hex(Crypto.hmac(bytes(20, 0x0b), "Hi There")));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                hex(Crypto.hmac("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?")));
        assertEquals("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                hex(Crypto.hmac(bytes(131, 0xaa), "Test Using Larger Than Block-Size Key - Hash Key First")));
        assertEquals("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
                hex(Crypto.hmac(bytes(131, 0xaa), "This is a test using a larger than block-size key and a larger "
                        + "than block-size data. The key needs to be hashed before being used by the HMAC algorithm.")));
    }

    @Test
    void hmacEqualsTheJdkMacForKeysAroundTheBlockSizeAndAnyData() throws Exception {
        Mac jdk = Mac.getInstance("HmacSHA256");
        Random random = new Random(42);
        for (int keyLength : new int[] {0, 1, 32, 63, 64, 65, 200}) {
            for (int dataLength : new int[] {0, 1, 55, 64, 1000}) {
                byte[] key = new byte[keyLength];
                byte[] data = new byte[dataLength];
                random.nextBytes(key);
                random.nextBytes(data);
                jdk.init(new SecretKeySpec(keyLength == 0 ? new byte[1] : key, "HmacSHA256"));
                if (keyLength == 0) {
                    // SecretKeySpec refuses an empty key; HMAC defines it as the zero block, as a 1-byte zero key is
                    jdk.init(new SecretKeySpec(new byte[1], "HmacSHA256"));
                }
                assertArrayEquals(jdk.doFinal(data), Crypto.hmac(key, data), "key " + keyLength + ", data " + dataLength);
            }
        }
    }

    private static byte[] bytes(int n, int value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }
}
