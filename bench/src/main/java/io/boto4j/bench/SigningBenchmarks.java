package io.boto4j.bench;

import io.boto4j.internal.auth.PayloadSigning;
import io.boto4j.internal.auth.SignatureScheme;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.internal.auth.signer.Presigner;
import io.boto4j.internal.auth.signer.SigV4Signer;
import io.boto4j.internal.auth.signer.Signer;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.RequestBody;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;
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
 * Signing CPU time per request: SigV4 with a small JSON body, with a 1 MiB body (SHA-256 of the payload), an S3
 * PUT of 1 MiB with UNSIGNED-PAYLOAD, a presigned S3 GET, and SigV4a (ECDSA P-256).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SigningBenchmarks {
    private HttpRequest small;
    private HttpRequest large;
    private HttpRequest s3Put;
    private HttpRequest s3Get;
    private SigningContext v4;
    private SigningContext s3Unsigned;
    private SigningContext v4a;

    @Setup
    public void setUp() {
        byte[] mib = new byte[1 << 20];
        new Random(42).nextBytes(mib);
        SigningCredentials creds = new SigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                "SESSIONTOKEN");
        small = HttpRequest.builder().method("POST").uri("https://dynamodb.us-east-1.amazonaws.com/")
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810.GetItem")
                .header("User-Agent", "boto4j/0.1")
                .body(RequestBody.ofString("{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"k1\"}}}")).build();
        large = small.toBuilder().body(RequestBody.ofBytes(mib)).build();
        s3Put = HttpRequest.builder().method("PUT").uri("https://bucket.s3.us-west-2.amazonaws.com/dir/key.bin")
                .header("Content-Type", "application/octet-stream").body(RequestBody.ofBytes(mib)).build();
        s3Get = HttpRequest.builder().method("GET").uri(URI.create("https://bucket.s3.us-west-2.amazonaws.com/dir/key.bin"))
                .build();
        v4 = SigningContext.builder().credentials(creds).signingName("dynamodb").region("us-east-1").build();
        s3Unsigned = SigningContext.builder().credentials(creds).signingName("s3").region("us-west-2").s3PathRules()
                .payloadSigning(PayloadSigning.UNSIGNED).build();
        v4a = SigningContext.builder().scheme(SignatureScheme.SIGV4A).credentials(creds).signingName("s3")
                .regionSet(List.of("*")).s3PathRules().payloadSigning(PayloadSigning.UNSIGNED).build();
    }

    @Benchmark
    public HttpRequest sigv4SmallPayload() {
        return SigV4Signer.INSTANCE.sign(small, v4);
    }

    @Benchmark
    public HttpRequest sigv4OneMiBPayload() {
        return SigV4Signer.INSTANCE.sign(large, v4);
    }

    @Benchmark
    public HttpRequest s3PutOneMiBUnsignedPayload() {
        return SigV4Signer.INSTANCE.sign(s3Put, s3Unsigned);
    }

    @Benchmark
    public URI s3PresignGet() {
        return Presigner.presign(s3Get, s3Unsigned, Duration.ofHours(1));
    }

    @Benchmark
    public HttpRequest sigv4aSmall() {
        return Signer.forScheme(SignatureScheme.SIGV4A).sign(s3Get, v4a);
    }
}
