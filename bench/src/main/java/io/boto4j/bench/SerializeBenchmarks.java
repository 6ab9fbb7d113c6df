package io.boto4j.bench;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.protocol.Serializers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Request serialization alone (validation on or off), for the calls of the shared bench scenarios, on the
 * real bundled models: parameters in, {@link SerializedRequest} out. Run:
 * {@code java -jar bench/target/benchmarks.jar SerializeBenchmarks}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SerializeBenchmarks {
    @Param({"true", "false"})
    public boolean validate;

    private ProtocolSerializer sqs;
    private ProtocolSerializer dynamodb;
    private ProtocolSerializer s3;
    private ProtocolSerializer sns;
    private OperationModel sendMessage;
    private OperationModel getItem;
    private OperationModel listObjectsV2;
    private OperationModel publish;
    private Map<String, Object> sendMessageParams;
    private Map<String, Object> getItemParams;
    private Map<String, Object> listObjectsParams;
    private Map<String, Object> publishParams;

    @Setup
    public void setUp() {
        Loader loader = Loader.fromEnvironment();
        ServiceModel sqsModel = model(loader, "sqs");
        ServiceModel ddbModel = model(loader, "dynamodb");
        ServiceModel s3Model = model(loader, "s3");
        ServiceModel snsModel = model(loader, "sns");
        sqs = Serializers.forModel(sqsModel, validate);
        dynamodb = Serializers.forModel(ddbModel, validate);
        s3 = Serializers.forModel(s3Model, validate);
        sns = Serializers.forModel(snsModel, validate);
        sendMessage = sqsModel.operationModel("SendMessage");
        getItem = ddbModel.operationModel("GetItem");
        listObjectsV2 = s3Model.operationModel("ListObjectsV2");
        publish = snsModel.operationModel("Publish");

        sendMessageParams = Map.of(
                "QueueUrl", "http://127.0.0.1:4566/000000000000/bench-queue",
                "MessageBody", "x".repeat(256),
                "MessageAttributes", Map.of(
                        "trace", Map.of("DataType", "String", "StringValue", "abc-123"),
                        "count", Map.of("DataType", "Number", "StringValue", "42")));

        Map<String, Object> names = new LinkedHashMap<>();
        StringBuilder projection = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            names.put("#a" + i, "attribute_" + i);
            projection.append(i == 0 ? "" : ", ").append("#a").append(i);
        }
        getItemParams = Map.of(
                "TableName", "bench-table",
                "Key", Map.of("pk", Map.of("S", "user#12345"), "sk", Map.of("N", "1700000000")),
                "ProjectionExpression", projection.toString(),
                "ExpressionAttributeNames", names,
                "ConsistentRead", true);

        listObjectsParams = Map.of("Bucket", "bench-bucket", "Prefix", "logs/2026/11/", "MaxKeys", 1000,
                "EncodingType", "url", "StartAfter", "logs/2026/11/a b:c.txt");

        publishParams = Map.of(
                "TopicArn", "arn:aws:sns:us-east-1:000000000000:bench-topic",
                "Message", "{\"event\":\"order-created\",\"id\":12345,\"items\":[1,2,3]}",
                "Subject", "order created",
                "MessageAttributes", Map.of(
                        "type", Map.of("DataType", "String", "StringValue", "order"),
                        "priority", Map.of("DataType", "Number", "StringValue", "5"),
                        "raw", Map.of("DataType", "Binary",
                                "BinaryValue", "bytes".getBytes(StandardCharsets.UTF_8))));
    }

    private static ServiceModel model(Loader loader, String service) {
        ServiceData d = loader.loadServiceData(service, "service-2", null);
        return ModelTrees.parse(service, d.bytes(), d.origin(), d.extras());
    }

    @Benchmark
    public SerializedRequest sqsSendMessage() {
        return sqs.serialize(sendMessage, sendMessageParams);
    }

    @Benchmark
    public SerializedRequest dynamodbGetItem() {
        return dynamodb.serialize(getItem, getItemParams);
    }

    @Benchmark
    public SerializedRequest s3ListObjectsV2() {
        return s3.serialize(listObjectsV2, listObjectsParams);
    }

    @Benchmark
    public SerializedRequest snsPublish() {
        return sns.serialize(publish, publishParams);
    }

    /** Also builds the URL, as the pipeline does right after serializing. */
    @Benchmark
    public String s3ListObjectsV2WithUrl() {
        return s3.serialize(listObjectsV2, listObjectsParams).toUrl("http://127.0.0.1:4566", true);
    }
}
