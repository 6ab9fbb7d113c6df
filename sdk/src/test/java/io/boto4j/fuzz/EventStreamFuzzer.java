package io.boto4j.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.boto4j.exception.EventStreamError;
import io.boto4j.internal.protocol.eventstream.EventStreamDecoder;
import io.boto4j.internal.protocol.eventstream.EventStreamMessage;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The event-stream frame decoder on arbitrary bytes: frames or EventStreamError. Most random bytes die at the
 * prelude checksum, so half the inputs get their prelude and message checksums fixed up to reach the header
 * decoder.
 */
class EventStreamFuzzer {
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        boolean fixChecksums = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        if (fixChecksums) {
            bytes = withValidChecksums(bytes);
        }
        EventStreamDecoder decoder = new EventStreamDecoder(new ByteArrayInputStream(bytes));
        FuzzFindings.allowOnly(Set.of(EventStreamError.class), () -> {
            for (EventStreamMessage m = decoder.next(); m != null; m = decoder.next()) {
                m.toString();
            }
        });
    }

    /** One frame whose total length is the input's, prelude CRC and message CRC computed over the fuzzed rest. */
    static byte[] withValidChecksums(byte[] in) {
        if (in.length < 16) {
            return in;
        }
        byte[] b = in.clone();
        putU32(b, 0, b.length);
        CRC32 crc = new CRC32();
        crc.update(b, 0, 8);
        putU32(b, 8, crc.getValue());
        crc.update(b, 8, b.length - 12);
        putU32(b, b.length - 4, crc.getValue());
        return b;
    }

    private static void putU32(byte[] b, int at, long v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    @FuzzTest(maxDuration = "10s")
    void framesDecodeOrRaiseEventStreamError(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
