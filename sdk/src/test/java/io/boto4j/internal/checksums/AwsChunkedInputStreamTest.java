package io.boto4j.internal.checksums;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.testsupport.Python;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The aws-chunked encoding compared byte for byte with botocore's AwsChunkedWrapper. */
class AwsChunkedInputStreamTest {
    private static final String ORACLE = """
            import sys, io, base64, json
            from botocore.httpchecksum import AwsChunkedWrapper, Crc32Checksum, Sha256Checksum
            out = []
            for req in json.load(sys.stdin):
                cls = {'crc32': Crc32Checksum, 'sha256': Sha256Checksum, None: None}[req['alg']]
                name = 'x-amz-checksum-' + req['alg'] if req['alg'] else 'x-amz-checksum'
                w = AwsChunkedWrapper(io.BytesIO(base64.b64decode(req['data'])), checksum_cls=cls,
                                      checksum_name=name, chunk_size=req['chunk'])
                out.append(base64.b64encode(w.read()).decode())
            print(json.dumps(out))
            """;

    private static byte[] readAll(InputStream in, int bufferSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[bufferSize];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static java.util.Map<String, Object> request(byte[] data, String alg, int chunk) {
        java.util.Map<String, Object> input = new java.util.HashMap<>();
        input.put("data", Base64.getEncoder().encodeToString(data));
        input.put("chunk", chunk);
        input.put("alg", alg);
        return input;
    }

    @Test
    void encodingMatchesBotocoreForSeveralSizesAndAlgorithms() throws Exception {
        Random random = new Random(1);
        java.util.List<byte[]> bodies = new java.util.ArrayList<>();
        java.util.List<String> algs = new java.util.ArrayList<>();
        java.util.List<Object> requests = new java.util.ArrayList<>();
        for (int size : new int[] {0, 1, 1000, 1024, 5000}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            for (String alg : new String[] {"crc32", "sha256", null}) {
                bodies.add(data);
                algs.add(alg);
                requests.add(request(data, alg, 1024));
            }
        }
        io.boto4j.internal.json.JsonNode expected = io.boto4j.internal.json.JsonTrees.read(
                Python.run(ORACLE, io.boto4j.internal.json.Json.write(requests)));
        for (int i = 0; i < bodies.size(); i++) {
            byte[] data = bodies.get(i);
            String alg = algs.get(i);
            ChecksumAlgorithm a = alg == null ? null : ChecksumAlgorithm.fromName(alg);
            byte[] ours = readAll(new AwsChunkedInputStream(new ByteArrayInputStream(data), a, 1024), 333);
            assertArrayEquals(Base64.getDecoder().decode(expected.get(i).asString()), ours,
                    data.length + " bytes with " + alg);
            assertEquals(ours.length, AwsChunkedInputStream.encodedLength(data.length, a, 1024),
                    "encoded length of " + data.length + " bytes with " + alg);
        }
    }

    @Test
    void roundTripDecodesToTheBodyAndItsTrailingChecksum() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(3).nextBytes(data);
        byte[] encoded = readAll(new AwsChunkedInputStream(new ByteArrayInputStream(data), ChecksumAlgorithm.CRC32C),
                64 * 1024);
        // decode: <hex>\r\n<data>\r\n ... 0\r\n<trailer>\r\n\r\n
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        int pos = 0;
        String trailer = null;
        while (true) {
            int lineEnd = indexOfCrlf(encoded, pos);
            int len = Integer.parseInt(new String(encoded, pos, lineEnd - pos, StandardCharsets.US_ASCII), 16);
            pos = lineEnd + 2;
            if (len == 0) {
                int end = indexOfCrlf(encoded, pos);
                trailer = new String(encoded, pos, end - pos, StandardCharsets.US_ASCII);
                assertEquals(end + 4, encoded.length, "nothing after the final CRLF CRLF");
                break;
            }
            decoded.write(encoded, pos, len);
            pos += len + 2;
        }
        assertArrayEquals(data, decoded.toByteArray());
        assertEquals("x-amz-checksum-crc32c:" + ChecksumAlgorithm.CRC32C.base64Of(data), trailer);
        assertEquals(Map.of("Content-Encoding", "aws-chunked", "X-Amz-Trailer", "x-amz-checksum-crc32c",
                "X-Amz-Decoded-Content-Length", Integer.toString(data.length)),
                AwsChunkedInputStream.requestHeaders(ChecksumAlgorithm.CRC32C, data.length));
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i < b.length - 1; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no CRLF after " + from);
    }
}
