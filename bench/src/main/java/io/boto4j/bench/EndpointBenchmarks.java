package io.boto4j.bench;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.endpoints.EndpointParams;
import io.boto4j.internal.endpoints.EndpointResolver;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
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
 * Endpoint resolution per call after warm-up (rule set compiled once): S3 GetObject (virtual host), S3 with a
 * custom endpoint (path style), S3 access point ARN, SQS SendMessage. Goal: under 2 us per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EndpointBenchmarks {
    private EndpointResolver s3;
    private EndpointResolver sqs;
    private OperationModel getObject;
    private OperationModel sendMessage;
    private EndpointParams s3Params;
    private EndpointParams s3CustomEndpoint;
    private EndpointParams sqsParams;
    private Map<String, Object> getObjectCall;
    private Map<String, Object> accessPointCall;
    private Map<String, Object> sendMessageCall;
    private Object[] s3RuleArgs;
    private Object[] sqsRuleArgs;

    @Setup
    public void setUp() {
        Loader loader = Loader.fromEnvironment();
        JsonNode partitions = loader.loadData("partitions");
        ServiceModel s3Model = model(loader, "s3");
        ServiceModel sqsModel = model(loader, "sqs");
        s3 = EndpointResolver.shared("s3/" + s3Model.apiVersion(),
                loader.loadServiceModel("s3", "endpoint-rule-set-1", s3Model.apiVersion()), partitions, null);
        sqs = EndpointResolver.shared("sqs/" + sqsModel.apiVersion(),
                loader.loadServiceModel("sqs", "endpoint-rule-set-1", sqsModel.apiVersion()), partitions, null);
        getObject = s3Model.operationModel("GetObject");
        sendMessage = sqsModel.operationModel("SendMessage");
        s3Params = EndpointParams.builder().region("us-west-2").build();
        s3CustomEndpoint = EndpointParams.builder().region("us-east-1").endpointUrl("http://127.0.0.1:5000").build();
        sqsParams = EndpointParams.builder().region("eu-west-1").build();
        getObjectCall = Map.of("Bucket", "my-bucket", "Key", "photos/cat.jpg");
        accessPointCall = Map.of("Bucket", "arn:aws:s3:us-west-2:123456789012:accesspoint:myap", "Key", "k");
        sendMessageCall = Map.of("QueueUrl", "https://sqs.eu-west-1.amazonaws.com/123456789012/q", "MessageBody", "hi");
        s3RuleArgs = args(s3, Map.of("Region", "us-west-2", "UseFIPS", false, "UseDualStack", false,
                "ForcePathStyle", false, "Accelerate", false, "UseGlobalEndpoint", false, "UseArnRegion", true,
                "DisableMultiRegionAccessPoints", false, "Bucket", "my-bucket", "Key", "photos/cat.jpg"));
        sqsRuleArgs = args(sqs, Map.of("Region", "eu-west-1", "UseFIPS", false, "UseDualStack", false));
        // fail fast if a scenario does not resolve
        s3GetObject();
        s3CustomEndpointPathStyle();
        s3AccessPointArn();
        sqsSendMessage();
    }

    private static Object[] args(EndpointResolver r, Map<String, Object> byName) {
        Object[] out = new Object[r.ruleSet().parameters().size()];
        byName.forEach((k, v) -> {
            if (r.ruleSet().parameter(k) != null) {
                out[r.ruleSet().parameter(k).index()] = v;
            }
        });
        return out;
    }

    private static ServiceModel model(Loader loader, String name) {
        ServiceData d = loader.loadServiceData(name, "service-2", null);
        return ModelTrees.parse(name, d.bytes(), d.origin(), d.extras());
    }

    @Benchmark
    public ResolvedEndpoint s3GetObject() {
        return s3.resolve(s3Params, getObject, getObjectCall);
    }

    @Benchmark
    public ResolvedEndpoint s3CustomEndpointPathStyle() {
        return s3.resolve(s3CustomEndpoint, getObject, getObjectCall);
    }

    @Benchmark
    public ResolvedEndpoint s3AccessPointArn() {
        return s3.resolve(s3Params, getObject, accessPointCall);
    }

    /** The interpreter alone, no result cache: what a call with never-seen inputs pays. */
    @Benchmark
    public Object s3RuleSetEvaluationUncached() {
        return s3.ruleSet().evaluate(s3RuleArgs);
    }

    @Benchmark
    public Object sqsRuleSetEvaluationUncached() {
        return sqs.ruleSet().evaluate(sqsRuleArgs);
    }

    @Benchmark
    public ResolvedEndpoint sqsSendMessage() {
        return sqs.resolve(sqsParams, sendMessage, sendMessageCall);
    }
}
