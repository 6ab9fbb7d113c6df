package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of a service model: HTTP binding, input/output/error shapes and the traits the pipeline reads. */
public final class OperationModel {
    private final String name;
    private final JsonNode node;
    private final ServiceModel service;
    private final String httpMethod;
    private final String requestUri;
    private final Integer responseCode;
    private volatile Shapes shapes;
    // serializers ask on every call; the answer depends only on the model
    private volatile List<String> idempotentMembers;

    private record Shapes(StructureShape input, StructureShape output, List<StructureShape> errors) {
    }

    OperationModel(String name, JsonNode node, ServiceModel service) {
        this.name = name;
        this.node = node;
        this.service = service;
        JsonNode http = node.path("http");
        this.httpMethod = http.path("method").asString("POST");
        this.requestUri = http.path("requestUri").asString("/");
        this.responseCode = http.has("responseCode") ? http.get("responseCode").asInt() : null;
    }

    public String name() {
        return name;
    }

    /**
     * This operation with another HTTP request URI: a service customization's view for one client (S3 drops the
     * leading {@code /{Bucket}} because its endpoint rules already put the bucket in the URL). The model itself
     * is not changed.
     */
    public OperationModel withRequestUri(String newRequestUri) {
        io.boto4j.internal.json.ObjectNode copy = ((io.boto4j.internal.json.ObjectNode) node).deepCopy();
        copy.withObject("/http").put("requestUri", newRequestUri);
        return new OperationModel(name, copy, service);
    }

    /** This operation without its endpoint host prefix: a customization's view when the endpoint rules add it. */
    public OperationModel withoutHostPrefix() {
        io.boto4j.internal.json.ObjectNode copy = ((io.boto4j.internal.json.ObjectNode) node).deepCopy();
        if (copy.get("endpoint") instanceof io.boto4j.internal.json.ObjectNode endpoint) {
            endpoint.remove("hostPrefix");
        }
        return new OperationModel(name, copy, service);
    }

    /** boto3's name for the operation ({@code put_object}). */
    public String snakeName() {
        return Names.xformName(name);
    }

    public ServiceModel serviceModel() {
        return service;
    }

    /** The operation's JSON as in the model. */
    JsonNode raw() {
        return node;
    }

    public String httpMethod() {
        return httpMethod;
    }

    public String requestUri() {
        return requestUri;
    }

    public Integer responseCode() {
        return responseCode;
    }

    private Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            synchronized (this) {
                s = shapes;
                if (s == null) {
                    s = resolveShapes();
                    shapes = s;
                }
            }
        }
        return s;
    }

    private Shapes resolveShapes() {
        StructureShape in = structure(service.resolveOptionalRef(node.get("input"), name + "$input"), "input");
        StructureShape out = structure(service.resolveOptionalRef(node.get("output"), name + "$output"), "output");
        List<StructureShape> errs = new ArrayList<>();
        JsonNode errors = node.get("errors");
        if (errors != null) {
            int i = 0;
            for (JsonNode e : errors) {
                String where = "errors[" + i++ + "]";
                errs.add(structure(service.resolveRef(e, name + "$" + where), where));
            }
        }
        return new Shapes(in, out, Collections.unmodifiableList(errs));
    }

    private StructureShape structure(Shape shape, String role) {
        if (shape == null || shape instanceof StructureShape) {
            return (StructureShape) shape;
        }
        throw new ModelError("Operation " + name + ": " + role + " is " + shape.type() + " shape " + shape.name()
                + ", not a structure, in " + service.origin());
    }

    /** The input structure, or null when the operation takes none. */
    public StructureShape inputShape() {
        return shapes().input;
    }

    /** The output structure, or null when the operation returns none. */
    public StructureShape outputShape() {
        return shapes().output;
    }

    public List<StructureShape> errorShapes() {
        return shapes().errors;
    }

    /** The legacy {@code authtype} trait (v4, none, bearer, v4-unsigned-body, ...), or null. */
    public String authType() {
        return Shape.text(node, "authtype");
    }

    /** The {@code auth} trait: auth scheme ids in order of preference; empty when the service's apply. */
    public List<String> auth() {
        return ServiceModel.strings(node.get("auth"));
    }

    /** The {@code unsignedPayload} trait: sign with UNSIGNED-PAYLOAD. */
    public boolean isUnsignedPayload() {
        return Shape.bool(node, "unsignedPayload");
    }

    /** The endpoint host prefix template ({@code {Label}.data.}), or null. */
    public String hostPrefix() {
        JsonNode ep = node.get("endpoint");
        return ep == null ? null : Shape.text(ep, "hostPrefix");
    }

    /** True when the operation takes part in endpoint discovery ({@code endpointdiscovery} trait). */
    public boolean hasEndpointDiscovery() {
        return node.has("endpointdiscovery");
    }

    public boolean isEndpointDiscoveryRequired() {
        return node.path("endpointdiscovery").path("required").asBoolean(false);
    }

    /** True for the operation that answers endpoint discovery ({@code endpointoperation}). */
    public boolean isEndpointOperation() {
        return Shape.bool(node, "endpointoperation");
    }

    public boolean isHttpChecksumRequired() {
        return Shape.bool(node, "httpChecksumRequired");
    }

    /** The flexible-checksum trait ({@code requestAlgorithmMember}, {@code requestChecksumRequired}, ...), or null. */
    JsonNode httpChecksum() {
        return node.get("httpChecksum");
    }

    /** The {@code requestcompression} trait ({@code encodings}), or null. */
    JsonNode requestCompression() {
        return node.get("requestcompression");
    }

    public boolean isDeprecated() {
        return Shape.bool(node, "deprecated");
    }

    /** Static context params for endpoint resolution, by parameter name. */
    Map<String, JsonNode> staticContextParams() {
        JsonNode p = node.get("staticContextParams");
        if (p == null) {
            return Map.of();
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().get("value"));
        }
        return out;
    }

    /** Operation context params: parameter name to a JMESPath over the input. */
    public Map<String, String> operationContextParams() {
        JsonNode p = node.get("operationContextParams");
        if (p == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = p.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().path("path").asString());
        }
        return out;
    }

    /** Context params taken from input members ({@code contextParam}): parameter name to member name. */
    public Map<String, String> contextParams() {
        StructureShape in = inputShape();
        if (in == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Shape> m : in.members().entrySet()) {
            JsonNode cp = m.getValue().trait("contextParam");
            if (cp != null && cp.has("name")) {
                out.put(cp.get("name").asString(), m.getKey());
            }
        }
        return out;
    }

    /** Input members that are idempotency tokens (auto-filled with a UUID when absent); computed once. */
    public List<String> idempotentMembers() {
        List<String> cached = idempotentMembers;
        if (cached != null) {
            return cached;
        }
        StructureShape in = inputShape();
        if (in == null) {
            cached = List.of();
        } else {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, Shape> m : in.members().entrySet()) {
                if (m.getValue().isIdempotencyToken()) {
                    out.add(m.getKey());
                }
            }
            cached = List.copyOf(out);
        }
        idempotentMembers = cached;
        return cached;
    }

    /** The streaming payload member's shape of the input, or null. */
    public Shape streamingInput() {
        return streamingPayload(inputShape());
    }

    /** The streaming payload member's shape of the output, or null. */
    public Shape streamingOutput() {
        return streamingPayload(outputShape());
    }

    public boolean hasStreamingInput() {
        return streamingInput() != null;
    }

    public boolean hasStreamingOutput() {
        return streamingOutput() != null;
    }

    /** The event-stream payload member's shape of the output, or null. */
    public StructureShape eventStreamOutput() {
        return eventStream(outputShape());
    }

    public StructureShape eventStreamInput() {
        return eventStream(inputShape());
    }

    public boolean hasEventStreamOutput() {
        return eventStreamOutput() != null;
    }

    private static Shape streamingPayload(StructureShape shape) {
        if (shape == null || shape.payload() == null) {
            return null;
        }
        Shape payload = shape.member(shape.payload());
        return payload != null && payload.isStreaming() ? payload : null;
    }

    private static StructureShape eventStream(StructureShape shape) {
        if (shape == null || shape.payload() == null) {
            return null;
        }
        Shape payload = shape.member(shape.payload());
        return payload instanceof StructureShape s && s.isEventStream() ? s : null;
    }

    @Override
    public String toString() {
        return "OperationModel(" + service.serviceName() + "." + name + ")";
    }
}
