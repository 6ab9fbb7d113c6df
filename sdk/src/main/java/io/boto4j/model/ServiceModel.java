package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.ModelError;
import io.boto4j.exception.OperationNotFoundError;
import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.names.ClosestNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A service model ({@code service-2.json}): metadata, operations and shapes. Creating one reads only the
 * metadata and the names of operations and shapes; each operation and shape is parsed on first use and kept,
 * so one instance serves every client of the service in the JVM. Thread-safe.
 */
public final class ServiceModel {
    /** botocore's order of preference when a model lists several protocols. */
    public static final List<String> PRIORITY_ORDERED_PROTOCOLS =
            List.of("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2");

    /** Shapes parsed from JSON in this JVM; lets tests see that creating a model parses none. */
    static final LongAdder PARSED_SHAPES = new LongAdder();

    static {
        ModelTrees.install(new ModelTreesAccess());
    }

    private final String serviceName;
    private final RawModel raw;
    private final JsonNode metadata;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    private final Map<String, OperationModel> operations = new ConcurrentHashMap<>();
    private volatile Map<String, String> operationBySnakeName;
    private volatile Map<String, StructureShape> errorShapes;
    private final String protocol;

    private ServiceModel(String serviceName, RawModel raw) {
        this.serviceName = serviceName;
        this.raw = raw;
        this.metadata = raw.metadata();
        this.protocol = chooseProtocol();
    }

    /**
     * A new model over the raw bytes of a {@code service-2.json}, with the {@code *.sdk-extras.json} trees to
     * merge; {@code origin} names the file in errors. One validating scan indexes the bytes (no shape is
     * parsed), so a malformed file fails here, naming the file, line and column. The array is kept, not
     * copied: it must not change afterwards.
     */
    static ServiceModel parse(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        return new ServiceModel(serviceName, new IndexedRawModel(json, origin, extras));
    }

    /**
     * The JVM-wide model for a file: the first call indexes it, later calls for the same service and origin
     * with the same content and extras return the same instance, so every client of the service shares its
     * resolved shapes. Clients use this; {@link #parse} always builds a new model.
     */
    static ServiceModel shared(String serviceName, byte[] json, String origin, List<JsonNode> extras) {
        return SharedModels.get(serviceName, json, origin, extras);
    }

    /** A model over a parsed tree (tests, protocol suites, models a user builds). */
    static ServiceModel fromTree(String serviceName, JsonNode tree) {
        return new ServiceModel(serviceName, new TreeRawModel(tree, "<" + serviceName + " model tree>"));
    }

    private String chooseProtocol() {
        JsonNode protocols = metadata.get("protocols");
        if (protocols != null && protocols.isArray() && !protocols.isEmpty()) {
            for (String p : PRIORITY_ORDERED_PROTOCOLS) {
                for (JsonNode listed : protocols) {
                    if (p.equals(listed.asString())) {
                        return p;
                    }
                }
            }
            throw new ModelError("Service " + serviceName + " supports only protocols " + protocols
                    + "; boto4j supports " + PRIORITY_ORDERED_PROTOCOLS);
        }
        return text("protocol");
    }

    private String text(String key) {
        JsonNode v = metadata.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The name of the service's data directory (what {@code session.client(name)} takes), e.g. {@code s3}. */
    public String serviceName() {
        return serviceName;
    }

    JsonNode metadata() {
        return metadata;
    }

    /** A metadata value, or null. */
    public String metadataValue(String key) {
        return text(key);
    }

    public String apiVersion() {
        return text("apiVersion");
    }

    public String serviceId() {
        String id = text("serviceId");
        return id != null ? id : serviceName;
    }

    public String endpointPrefix() {
        return text("endpointPrefix");
    }

    /** {@code signingName}, falling back to the endpoint prefix, as botocore does. */
    public String signingName() {
        String s = text("signingName");
        return s != null ? s : endpointPrefix();
    }

    /** The protocol boto4j speaks to the service: botocore's choice among {@code protocols}, else {@code protocol}. */
    public String protocol() {
        return protocol;
    }

    public List<String> protocols() {
        JsonNode protocols = metadata.get("protocols");
        if (protocols == null || !protocols.isArray()) {
            return protocol == null ? List.of() : List.of(protocol);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode p : protocols) {
            out.add(p.asString());
        }
        return out;
    }

    public String jsonVersion() {
        return text("jsonVersion");
    }

    public String targetPrefix() {
        return text("targetPrefix");
    }

    public String signatureVersion() {
        return text("signatureVersion");
    }

    /** The service's {@code auth} trait: auth scheme ids in order of preference (e.g. aws.auth#sigv4). */
    public List<String> auth() {
        return strings(metadata.get("auth"));
    }

    public String globalEndpoint() {
        return text("globalEndpoint");
    }

    public boolean isAwsQueryCompatible() {
        return metadata.has("awsQueryCompatible");
    }

    public String xmlNamespace() {
        return text("xmlNamespace");
    }

    public String serviceFullName() {
        return text("serviceFullName");
    }

    /** The name events carry for this service: the service id, lower-cased with spaces as hyphens (botocore's). */
    public String eventName() {
        return serviceId().replace(' ', '-').toLowerCase(Locale.ROOT);
    }

    public List<String> operationNames() {
        return raw.operationNames();
    }

    public List<String> shapeNames() {
        return raw.shapeNames();
    }

    /** Where the model came from, for messages. */
    public String origin() {
        return raw.origin();
    }

    /** The operation by its model name ({@code PutObject}) or boto3's snake_case name ({@code put_object}). */
    public OperationModel operationModel(String name) {
        OperationModel op = operations.get(name);
        if (op != null) {
            return op;
        }
        String modelName = name;
        JsonNode node = raw.operation(name);
        if (node == null) {
            modelName = operationsBySnakeName().get(name);
            node = modelName == null ? null : raw.operation(modelName);
        }
        if (node == null) {
            throw new OperationNotFoundError(name, serviceName, ClosestNames.suggest(name, operationNames()));
        }
        OperationModel created = new OperationModel(modelName, node, this);
        OperationModel prior = operations.putIfAbsent(modelName, created);
        op = prior != null ? prior : created;
        if (!modelName.equals(name)) {
            operations.putIfAbsent(name, op);
        }
        return op;
    }

    public boolean hasOperation(String name) {
        return raw.operation(name) != null || operationsBySnakeName().containsKey(name);
    }

    /** Built on the first lookup by a snake_case name, so creating a model does no name transformation. */
    private Map<String, String> operationsBySnakeName() {
        Map<String, String> m = operationBySnakeName;
        if (m == null) {
            Map<String, String> snake = new HashMap<>();
            for (String op : raw.operationNames()) {
                snake.put(Names.xformName(op), op);
            }
            m = Collections.unmodifiableMap(snake);
            operationBySnakeName = m;
        }
        return m;
    }

    /** The shape by name, parsed on first use and shared. */
    public Shape shape(String name) {
        Shape s = shapeOrNull(name);
        if (s == null) {
            throw new ModelError("Shape not found: " + name + " in " + raw.origin());
        }
        return s;
    }

    public boolean hasShape(String name) {
        return shapes.containsKey(name) || raw.shape(name) != null;
    }

    private Shape shapeOrNull(String name) {
        Shape s = shapes.get(name);
        if (s != null) {
            return s;
        }
        JsonNode node = raw.shape(name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw new ModelError("Shape " + name + " is not an object in " + raw.origin());
        }
        PARSED_SHAPES.increment();
        Shape created = create(name, node);
        Shape prior = shapes.putIfAbsent(name, created);
        return prior != null ? prior : created;
    }

    /** The error shapes of the service (shapes with {@code exception: true}), by error code. */
    public Map<String, StructureShape> errorShapes() {
        Map<String, StructureShape> m = errorShapes;
        if (m == null) {
            Map<String, StructureShape> out = new LinkedHashMap<>();
            for (String n : raw.exceptionShapeNames()) {
                if (shape(n) instanceof StructureShape s) {
                    out.put(s.errorCode(), s);
                }
            }
            m = Collections.unmodifiableMap(out);
            errorShapes = m;
        }
        return m;
    }

    /** A shape reference ({@code {"shape": "X", ...traits}}) resolved: the shared shape, or a copy with the traits laid over. */
    Shape resolveRef(JsonNode ref, String where) {
        JsonNode target = ref == null ? null : ref.get("shape");
        if (target == null || !target.isString()) {
            throw new ModelError("Missing shape reference at " + where + " in " + raw.origin());
        }
        String targetName = target.asString();
        Shape base = shapeOrNull(targetName);
        if (base == null) {
            throw new ModelError("Shape not found: " + targetName + " (referenced at " + where + ") in "
                    + raw.origin());
        }
        if (ref.size() == 1) {
            return base;
        }
        ObjectNode merged = ((ObjectNode) base.traits()).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("shape")) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return create(targetName, merged);
    }

    Shape resolveOptionalRef(JsonNode ref, String where) {
        return ref == null || ref.isNull() ? null : resolveRef(ref, where);
    }

    private Shape create(String name, JsonNode node) {
        String type = node.path("type").asString("");
        return switch (type) {
            case "structure" -> new StructureShape(name, node, this);
            case "list" -> new ListShape(name, node, this);
            case "map" -> new MapShape(name, node, this);
            case "string", "character" -> new StringShape(name, node, this);
            case "blob" -> new BlobShape(name, node, this);
            case "timestamp" -> new TimestampShape(name, node, this);
            case "boolean", "integer", "long", "float", "double", "byte", "short", "bigdecimal", "biginteger" ->
                    new ScalarShape(name, node, this);
            default -> throw new ModelError("Shape " + name + " has unknown type '" + type + "' in " + raw.origin());
        };
    }

    static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            out.add(n.asString());
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "ServiceModel(" + serviceName + ", " + apiVersion() + ")";
    }
}
