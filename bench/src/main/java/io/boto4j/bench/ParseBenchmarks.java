package io.boto4j.bench;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.Parsers;
import io.boto4j.internal.protocol.ProtocolParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Response parsing with the real bundled models: SQS SendMessage (json), DynamoDB GetItem with 10 attributes
 * (json), S3 ListObjectsV2 with 1000 keys (rest-xml, about 315 KB) and SNS Publish (query). Each call parses
 * from the raw bytes into the result map, ResponseMetadata included.
 *
 * <p>Build and run: {@code mvn -o -q -pl sdk,bench package -DskipTests && java -jar bench/target/benchmarks.jar ParseBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmarks {
    private Target sqsSendMessage;
    private Target dynamodbGetItem;
    private Target s3ListObjectsV2;
    private Target snsPublish;

    private record Target(ProtocolParser parser, OperationModel op, HttpHeaders headers, byte[] body) {
        Map<String, Object> parse() {
            return parser.parse(op, HttpResponse.of(200, headers, body));
        }
    }

    @Setup
    public void setUp() {
        Loader loader = Loader.fromEnvironment();
        sqsSendMessage = target(loader, "sqs", "SendMessage", json(),
                "{\"MD5OfMessageBody\":\"fafb00f5732ab283681e124bf8747ed1\",\"MD5OfMessageAttributes\":"
                        + "\"3ae8f24a165a8cedc005670c81a27295\",\"MessageId\":\"5fea7756-0ea4-451a-a703-a558b933e274\"}");
        dynamodbGetItem = target(loader, "dynamodb", "GetItem", json(), getItemBody());
        s3ListObjectsV2 = target(loader, "s3", "ListObjectsV2", HttpHeaders.builder()
                .set("x-amz-request-id", "4442587FB7D0A2F9").set("x-amz-id-2", "vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=")
                .set("Content-Type", "application/xml").build(), listObjectsBody(1000));
        snsPublish = target(loader, "sns", "Publish", HttpHeaders.of(Map.of("Content-Type", "text/xml")),
                "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                        + "<MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult>"
                        + "<ResponseMetadata><RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId>"
                        + "</ResponseMetadata></PublishResponse>");
    }

    private static HttpHeaders json() {
        return HttpHeaders.builder().set("x-amzn-RequestId", "OHC7TBSA6LN6T4NGKFDQJ6V8KJVV4KQNSO5AEMVJF66Q9ASUAAJG")
                .set("Content-Type", "application/x-amz-json-1.0").build();
    }

    private static Target target(Loader loader, String service, String operation, HttpHeaders headers, String body) {
        ServiceModel model = ModelTrees.fromTree(service, loader.loadServiceModel(service, "service-2", null));
        Target t = new Target(Parsers.forModel(model), model.operationModel(operation), headers,
                body.getBytes(StandardCharsets.UTF_8));
        t.parse();
        return t;
    }

    static String getItemBody() {
        return "{\"Item\":{\"pk\":{\"S\":\"user#12345\"},\"sk\":{\"S\":\"profile\"},\"name\":{\"S\":\"Ada Lovelace\"},"
                + "\"age\":{\"N\":\"36\"},\"score\":{\"N\":\"98.25\"},\"active\":{\"BOOL\":true},"
                + "\"avatar\":{\"B\":\"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\"},"
                + "\"tags\":{\"SS\":[\"math\",\"poetry\",\"engines\"]},"
                + "\"address\":{\"M\":{\"city\":{\"S\":\"London\"},\"zip\":{\"S\":\"W1\"}}},"
                + "\"logins\":{\"L\":[{\"N\":\"1\"},{\"N\":\"2\"},{\"N\":\"3\"}]}}}";
    }

    static String listObjectsBody(int keys) {
        StringBuilder sb = new StringBuilder(keys * 330);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
                .append("<Name>example-bucket</Name><Prefix></Prefix><KeyCount>").append(keys)
                .append("</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>")
                .append("<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>");
        Instant base = Instant.parse("2024-03-01T10:15:30.000Z");
        for (int i = 0; i < keys; i++) {
            sb.append("<Contents><Key>logs/2024/03/01/application-server-").append(String.format("%05d", i))
                    .append(".log.gz</Key><LastModified>").append(base.plusSeconds(i * 37L))
                    .append("</LastModified><ETag>&quot;").append(String.format("%032x", i * 2654435761L))
                    .append("&quot;</ETag><ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm><ChecksumType>FULL_OBJECT")
                    .append("</ChecksumType><Size>").append(1000 + i * 17)
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return sb.append("</ListBucketResult>").toString();
    }

    @Benchmark
    public Map<String, Object> sqsSendMessage() {
        return sqsSendMessage.parse();
    }

    @Benchmark
    public Map<String, Object> dynamodbGetItem10Attributes() {
        return dynamodbGetItem.parse();
    }

    @Benchmark
    public Map<String, Object> s3ListObjectsV2With1000Keys() {
        return s3ListObjectsV2.parse();
    }

    @Benchmark
    public Map<String, Object> snsPublish() {
        return snsPublish.parse();
    }
}
