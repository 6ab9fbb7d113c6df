package io.boto4j.bench;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ServiceResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the resource layer costs over the client calls it makes: creating a service resource (beside creating the
 * client alone), making a resource instance, and iterating 1,000 S3 objects through {@code bucket.objects} beside
 * the same listing through the client's ListObjects paginator. The listing is answered by a {@code before-send}
 * handler with a 1,000-key ListObjects body, so both paths serialize, sign and parse exactly as against S3, and
 * the difference is the resource layer alone.
 *
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ResourceBenchmarks -f 1 -wi 3 -i 5
 * </pre>
 *
 * <p>Measured 2026-12-03 on the 2-vCPU CI kind of machine under heavy load from other work: JMH wall times
 * varied by more than 100% between runs, so calling-thread CPU time was measured too (40 iterations a round,
 * fourth round): 1,000 objects through the collection 4.5 ms, through the paginator 4.1 ms (+11%, converging
 * from +43% and +19% in earlier rounds as the JIT finished); a resource instance 0.9 us; a service resource
 * 2.1 ms against 0.9 ms for the client alone (the service class, its has-every-resource table and the plugins'
 * handler registrations).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResourceBenchmarks {
    private static final String BUCKET = "bench-bucket";

    private Session session;
    private ClientOptions options;
    private ServiceResource s3;
    private Client client;
    private Resource bucket;

    @Setup
    public void setUp() {
        session = Session.builder().regionName("us-east-1").awsAccessKeyId("bench").awsSecretAccessKey("bench")
                .environment(Map.of()).build();
        options = ClientOptions.builder().endpointUrl("http://127.0.0.1:9").build();
        s3 = session.resource("s3", options);
        client = s3.meta().client();
        byte[] body = listObjectsBody(1000);
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", "application/xml"));
        client.meta().events().register("before-send.s3.ListObjects",
                (event, kwargs) -> HttpResponse.of(200, headers, body));
        bucket = s3.resource("Bucket", BUCKET);
    }

    @TearDown
    public void tearDown() {
        s3.close();
    }

    @Benchmark
    public ServiceResource createServiceResource() {
        ServiceResource r = session.resource("s3", options);
        r.close();
        return r;
    }

    @Benchmark
    public Client createClient() {
        Client c = session.client("s3", options);
        c.close();
        return c;
    }

    @Benchmark
    public Resource createResourceInstance() {
        return s3.resource("Object", BUCKET, "data/key.json");
    }

    @Benchmark
    public long iterate1000ObjectsThroughCollection() {
        long size = 0;
        for (Resource o : bucket.collection("objects")) {
            size += o.<String>identifier("key").length() + o.<Number>attribute("size").longValue();
        }
        return size;
    }

    @Benchmark
    public long iterate1000ObjectsThroughPaginator() {
        long size = 0;
        for (Map<String, Object> page : client.getPaginator("list_objects").paginate(Map.of("Bucket", BUCKET))) {
            for (Object o : (List<?>) page.get("Contents")) {
                Map<?, ?> item = (Map<?, ?>) o;
                size += ((String) item.get("Key")).length() + ((Number) item.get("Size")).longValue();
            }
        }
        return size;
    }

    static byte[] listObjectsBody(int keys) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult "
                + "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>" + BUCKET + "</Name><Prefix></Prefix>"
                + "<Marker></Marker><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>");
        for (int i = 0; i < keys; i++) {
            sb.append("<Contents><Key>").append(String.format(Locale.ROOT, "data/2024/object-%06d.json", i))
                    .append("</Key><LastModified>2024-01-01T12:34:56.000Z</LastModified><ETag>&quot;abc&quot;</ETag>")
                    .append("<Size>").append(1024 + i).append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        return sb.append("</ListBucketResult>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
