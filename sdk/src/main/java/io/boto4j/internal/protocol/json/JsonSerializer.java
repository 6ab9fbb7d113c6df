package io.boto4j.internal.protocol.json;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.HostPrefixWriter;
import io.boto4j.internal.protocol.IdempotencyTokenWriter;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@code json} protocol (awsJson 1.0 and 1.1): a POST to {@code /} whose body is the input as JSON,
 * routed by {@code X-Amz-Target: <targetPrefix>.<Operation>}.
 */
public final class JsonSerializer implements ProtocolSerializer {
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.US_ASCII);

    private final Supplier<String> idempotencyTokens;
    // the headers depend only on the operation; built once each
    private final Map<OperationModel, HttpHeaders> headers = new ConcurrentHashMap<>();

    public JsonSerializer(Supplier<String> idempotencyTokens) {
        this.idempotencyTokens = idempotencyTokens;
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        Map<String, Object> p = IdempotencyTokenWriter.fill(operation, params, idempotencyTokens);
        StructureShape input = operation.inputShape();
        byte[] body = input == null ? EMPTY_OBJECT : JsonBodyWriter.writeStructure(p, input, null);
        return new SerializedRequest(operation.httpMethod(), "/", List.of(),
                headersFor(operation), RequestBody.ofBytes(body),
                HostPrefixWriter.expand(operation, p));
    }

    private HttpHeaders headersFor(OperationModel operation) {
        HttpHeaders h = headers.get(operation);
        if (h == null) { // get-then-put: a computeIfAbsent method reference spins a class on a fresh JVM
            h = headersOf(operation);
            headers.putIfAbsent(operation, h);
        }
        return h;
    }

    private static HttpHeaders headersOf(OperationModel operation) {
        ServiceModel service = operation.serviceModel();
        String version = service.jsonVersion() == null ? "1.0" : service.jsonVersion();
        HttpHeaders.Builder h = HttpHeaders.builder()
                .set("X-Amz-Target", service.targetPrefix() + "." + operation.name())
                .set("Content-Type", "application/x-amz-json-" + version);
        if (service.isAwsQueryCompatible()) {
            h.set("x-amzn-query-mode", "true");
        }
        return h.build();
    }
}
