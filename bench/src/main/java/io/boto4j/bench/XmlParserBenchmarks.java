package io.boto4j.bench;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.protocol.restxml.XmlBodyReader;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The XML body reader alone (no HTTP bindings, no pipeline) on the ListObjectsV2 body the shared harness's stub
 * answers with: 1,000 keys, EncodingType=url, about 315 KB. The {@code bytes} counter gives bytes parsed per
 * second, comparable across body sizes; the primary figure is bodies per second.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar XmlParserBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class XmlParserBenchmarks {
    private StructureShape listObjectsV2Output;
    private byte[] stubListBody;

    /** Bytes handed to the parser, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Parsed {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        ServiceModel s3 = ModelTrees.fromTree("s3", Loader.fromEnvironment().loadServiceModel("s3", "service-2", null));
        listObjectsV2Output = s3.operationModel("ListObjectsV2").outputShape();
        stubListBody = stubListBody();
        List<?> contents = (List<?>) XmlBodyReader.INSTANCE.readBody(listObjectsV2Output, stubListBody).get("Contents");
        if (contents == null || contents.size() != 1000) {
            throw new IllegalStateException("the body did not parse to 1000 keys");
        }
    }

    /** The same bytes as {@code listBody(true)} in ../shared/bench/stub/src/bench/Stub.java. */
    static byte[] stubListBody() throws NoSuchAlgorithmException {
        StringBuilder sb = new StringBuilder(300_000);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
        sb.append("<Name>bench-bucket</Name><Prefix></Prefix>");
        sb.append("<KeyCount>1000</KeyCount><MaxKeys>1000</MaxKeys>");
        sb.append("<EncodingType>url</EncodingType>");
        sb.append("<IsTruncated>false</IsTruncated>");
        MessageDigest md = MessageDigest.getInstance("MD5");
        for (int i = 0; i < 1000; i++) {
            String key = String.format(Locale.ROOT, "data/2024/%02d/%02d/object-%06d.json", 1 + i % 12, 1 + i % 28, i);
            String etag = HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
            sb.append("<Contents><Key>").append(key).append("</Key>")
                    .append("<LastModified>2024-01-")
                    .append(String.format(Locale.ROOT, "%02d", 1 + i % 28))
                    .append("T12:34:56.000Z</LastModified>")
                    .append("<ETag>&quot;").append(etag).append("&quot;</ETag>")
                    .append("<ChecksumAlgorithm>CRC32</ChecksumAlgorithm><ChecksumType>FULL_OBJECT</ChecksumType>")
                    .append("<Size>").append(1024 + (i * 7919) % 100000).append("</Size>")
                    .append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
        sb.append("</ListBucketResult>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Map<String, Object> listObjectsV2StubBody(Parsed parsed) {
        parsed.bytes += stubListBody.length;
        return XmlBodyReader.INSTANCE.readBody(listObjectsV2Output, stubListBody);
    }
}
