package io.boto4j.internal.protocol.query;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.model.OperationModel;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.HostPrefixWriter;
import io.boto4j.internal.protocol.IdempotencyTokenWriter;
import io.boto4j.internal.protocol.PercentEncoder;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.SerializedRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code query} protocol (and, with {@link QueryFormWriter#ec2()}, {@code ec2}): {@code Action},
 * {@code Version} and the flattened parameters as a form-encoded POST body.
 */
public final class QuerySerializer implements ProtocolSerializer {
    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    private static final HttpHeaders HEADERS = HttpHeaders.builder().set("Content-Type", CONTENT_TYPE).build();

    private final QueryFormWriter writer;
    private final Supplier<String> idempotencyTokens;

    public QuerySerializer(Supplier<String> idempotencyTokens) {
        this(QueryFormWriter.query(), idempotencyTokens);
    }

    /** For protocols that share the query request shape but name and flatten members their own way (ec2). */
    public QuerySerializer(QueryFormWriter writer, Supplier<String> idempotencyTokens) {
        this.writer = writer;
        this.idempotencyTokens = idempotencyTokens;
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        Map<String, Object> p = IdempotencyTokenWriter.fill(operation, params, idempotencyTokens);
        List<Map.Entry<String, String>> form = new ArrayList<>(8 + p.size() * 2);
        form.add(Map.entry("Action", operation.name()));
        form.add(Map.entry("Version", String.valueOf(operation.serviceModel().apiVersion())));
        StructureShape input = operation.inputShape();
        if (input != null) {
            writer.writeStructure(form, p, input, "");
        }
        byte[] body = PercentEncoder.encodeForm(form).getBytes(StandardCharsets.US_ASCII);
        return new SerializedRequest(operation.httpMethod(), "/", List.of(), HEADERS, RequestBody.ofBytes(body),
                HostPrefixWriter.expand(operation, p));
    }
}
