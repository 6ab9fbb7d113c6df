package io.boto4j.internal.protocol.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.BundledModels;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.protocol.Serializers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** gzip request compression on CloudWatch PutMetricData, whose model asks for it ({@code requestcompression}). */
class RequestCompressionEncoderTest {
    private final ServiceModel cloudwatch = BundledModels.model("cloudwatch");
    private final OperationModel putMetricData = cloudwatch.operationModel("PutMetricData");

    private SerializedRequest request(int metrics) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < metrics; i++) {
            data.add(Map.of("MetricName", "latency-" + i, "Value", i * 1.5, "Unit", "Milliseconds"));
        }
        return Serializers.forModel(cloudwatch).serialize(putMetricData, Map.of("Namespace", "app", "MetricData", data));
    }

    @Test
    void gzipsABodyAtLeastTheMinimumSizeAndSaysSoInContentEncoding() throws Exception {
        SerializedRequest plain = request(400);
        SerializedRequest gz = RequestCompressionEncoder.apply(putMetricData, plain, false, 10_240);
        assertEquals("gzip", gz.headers().first("Content-Encoding"));
        try (InputStream in = new GZIPInputStream(gz.body().newStream())) {
            assertArrayEquals(plain.body().bytesIfBuffered(), in.readAllBytes());
        }
    }

    @Test
    void leavesSmallBodiesAndDisabledCompressionAlone() {
        SerializedRequest small = request(1);
        assertSame(small, RequestCompressionEncoder.apply(putMetricData, small, false, 10_240));
        SerializedRequest big = request(400);
        assertSame(big, RequestCompressionEncoder.apply(putMetricData, big, true, 10_240));
    }

    @Test
    void compressesAStreamAsItIsRead() throws Exception {
        byte[] data = new byte[200_000];
        Random r = new Random(3);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ('a' + r.nextInt(4));
        }
        try (InputStream gz = new GzipCompressingInputStream(new ByteArrayInputStream(data));
             InputStream back = new GZIPInputStream(gz)) {
            assertArrayEquals(data, back.readAllBytes());
        }
    }
}
