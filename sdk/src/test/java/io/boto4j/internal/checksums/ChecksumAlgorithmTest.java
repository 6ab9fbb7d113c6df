package io.boto4j.internal.checksums;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChecksumAlgorithmTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    /**
     * Reference CRCs written in python for the test: a plain bitwise reflected CRC (no tables), plus hashlib
     * and zlib. CRC-32C and CRC-64/NVME differ only in polynomial and width.
     */
    private static final String ORACLE = """
            import sys, json, base64, hashlib, zlib
            def crc_reflected(data, poly, width):
                mask = (1 << width) - 1
                crc = mask
                for byte in data:
                    crc ^= byte
                    for _ in range(8):
                        crc = (crc >> 1) ^ poly if crc & 1 else crc >> 1
                return crc ^ mask
            def b64(n, width):
                return base64.b64encode(n.to_bytes(width // 8, 'big')).decode()
            out = []
            for item in json.load(sys.stdin):
                data = base64.b64decode(item)
                out.append({
                    'crc32': b64(zlib.crc32(data), 32),
                    'crc32c': b64(crc_reflected(data, 0x82F63B78, 32), 32),
                    'crc64nvme': b64(crc_reflected(data, 0x9A6C9329AC4BC9B5, 64), 64),
                    'sha1': base64.b64encode(hashlib.sha1(data).digest()).decode(),
                    'sha256': base64.b64encode(hashlib.sha256(data).digest()).decode(),
                    'sha512': base64.b64encode(hashlib.sha512(data).digest()).decode(),
                    'md5': base64.b64encode(hashlib.md5(data).digest()).decode(),
                })
            print(json.dumps(out))
            """;

    @Test
    void crc64NvmeHasThePublishedCheckValue() {
        Crc64Nvme crc = new Crc64Nvme();
        crc.update(CHECK, 0, CHECK.length);
        assertEquals(0xAE8B14860A799888L, crc.getValue());
        assertEquals("rosUhgp5mIg=", ChecksumAlgorithm.CRC64NVME.base64Of(CHECK));
    }

    @Test
    void crcCheckValuesMatchTheCatalogue() {
        assertEquals("cbf43926", HexFormat.of().formatHex(Base64.getDecoder().decode(
                ChecksumAlgorithm.CRC32.base64Of(CHECK))));
        assertEquals("e3069283", HexFormat.of().formatHex(Base64.getDecoder().decode(
                ChecksumAlgorithm.CRC32C.base64Of(CHECK))));
        assertEquals("AAAAAA==", ChecksumAlgorithm.CRC32.base64Of(new byte[0]));
    }

    @Test
    void everyAlgorithmMatchesTheReferenceOnRandomInputsAndSplitUpdates() throws Exception {
        Random random = new Random(42);
        List<byte[]> inputs = new ArrayList<>();
        for (int len : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 4099}) {
            byte[] b = new byte[len];
            random.nextBytes(b);
            inputs.add(b);
        }
        List<String> encoded = inputs.stream().map(b -> Base64.getEncoder().encodeToString(b)).toList();
        JsonNode expected = JsonTrees.read(Python.run(ORACLE, Json.write(encoded)));
        for (int i = 0; i < inputs.size(); i++) {
            byte[] data = inputs.get(i);
            for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
                String want = expected.get(i).get(a.id()).asString();
                assertEquals(want, a.base64Of(data), a + " of " + data.length + " bytes");
                // fed in uneven pieces, the running value must not depend on the split
                ChecksumCalculator c = a.newCalculator();
                int pos = 0;
                int step = 1;
                while (pos < data.length) {
                    int n = Math.min(step, data.length - pos);
                    c.update(data, pos, n);
                    pos += n;
                    step = step * 3 + 1;
                }
                assertEquals(want, c.base64(), a + " of " + data.length + " bytes in pieces");
            }
        }
    }

    @Test
    void namesParseCaseInsensitivelyAndUnknownNamesSayWhatIsSupported() {
        assertEquals(ChecksumAlgorithm.CRC32C, ChecksumAlgorithm.fromName("CRC32C"));
        assertEquals(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.fromName(" sha256 "));
        assertEquals("x-amz-checksum-crc64nvme", ChecksumAlgorithm.CRC64NVME.headerName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChecksumAlgorithm.fromName("XXHASH3"));
        assertTrue(e.getMessage().contains("XXHASH3") && e.getMessage().contains("CRC64NVME"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChecksumAlgorithm.fromName(null));
    }

    @Test
    void responseValidationPicksTheStrongestUsableChecksum() {
        Map<String, String> headers = Map.of("x-amz-checksum-crc32", "AAAAAA==",
                "x-amz-checksum-crc64nvme", "abc-3", "x-amz-checksum-sha256", "xyz=");
        var all = List.of(ChecksumAlgorithm.values());
        assertEquals(new ResponseChecksums.Expected(ChecksumAlgorithm.CRC32, "AAAAAA=="),
                ResponseChecksums.select(headers, all).orElseThrow());
        assertEquals(ChecksumAlgorithm.SHA256,
                ResponseChecksums.select(headers, List.of(ChecksumAlgorithm.SHA256)).orElseThrow().algorithm());
        assertTrue(ResponseChecksums.select(Map.of(), all).isEmpty());
    }
}
