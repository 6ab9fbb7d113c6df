package io.boto4j.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.json.JsonMerge;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A model kept as its JSON bytes plus the byte ranges of every operation and shape, found by one streaming
 * pass that parses only {@code metadata}. An operation or shape is parsed when first asked for; that is what
 * makes creating a model for EC2 (1 MB of JSON) cheap. Extras ({@code merge} sections) are laid over each
 * part as it is parsed.
 */
final class IndexedRawModel implements RawModel {
    private final byte[] bytes;
    private final String origin;
    private final JsonNode metadata;
    private final Map<String, long[]> operations;
    private final Map<String, long[]> shapes;
    private final List<String> operationNames;
    private final List<String> shapeNames;
    private final JsonNode extraOperations;
    private final JsonNode extraShapes;

    IndexedRawModel(byte[] bytes, String origin, List<JsonNode> extras) {
        this.bytes = bytes;
        this.origin = origin;
        JsonNode meta = null;
        Map<String, long[]> ops = new HashMap<>();
        Map<String, long[]> shp = new HashMap<>();
        List<String> opNames = new ArrayList<>();
        List<String> shapeNameList = new ArrayList<>();
        try (JsonParser p = Json.factory().createParser(bytes)) {
            p.setCodec(Json.MAPPER);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ModelError("Invalid model file " + origin + ": not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                JsonToken t = p.nextToken();
                switch (section) {
                    case "metadata" -> meta = p.readValueAsTree();
                    case "operations" -> indexMembers(p, t, ops, opNames);
                    case "shapes" -> indexMembers(p, t, shp, shapeNameList);
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new ModelError("Invalid model file " + origin + ": unexpected " + p.currentToken());
            }
            if (p.nextToken() != null) {
                throw new ModelError("Invalid model file " + origin + ": trailing content after the model");
            }
        } catch (IOException e) {
            throw new ModelError("Invalid model file " + origin + ": " + e.getMessage(), e);
        }
        ObjectNode mergedMeta = meta instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        JsonNode extraOps = null;
        JsonNode extraShp = null;
        for (JsonNode extra : extras) {
            JsonNode merge = extra.path("merge");
            if (merge.has("metadata")) {
                JsonMerge.deepMerge(mergedMeta, merge.get("metadata"));
            }
            extraOps = JsonMerge.combine(extraOps, merge.get("operations"));
            extraShp = JsonMerge.combine(extraShp, merge.get("shapes"));
        }
        addNames(extraOps, ops, opNames);
        addNames(extraShp, shp, shapeNameList);
        this.metadata = mergedMeta;
        this.operations = ops;
        this.shapes = shp;
        this.operationNames = Collections.unmodifiableList(opNames);
        this.shapeNames = Collections.unmodifiableList(shapeNameList);
        this.extraOperations = extraOps;
        this.extraShapes = extraShp;
    }

    private static void addNames(JsonNode extra, Map<String, long[]> index, List<String> names) {
        if (extra == null) {
            return;
        }
        for (Iterator<String> it = extra.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!index.containsKey(n)) {
                names.add(n);
            }
        }
    }

    private void indexMembers(JsonParser p, JsonToken start, Map<String, long[]> index, List<String> names)
            throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new ModelError("Invalid model file " + origin + ": '" + p.currentName() + "' is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            long from = p.currentTokenLocation().getByteOffset();
            p.skipChildren();
            long to = p.currentLocation().getByteOffset();
            index.put(name, new long[] {from, to});
            names.add(name);
        }
    }

    @Override
    public JsonNode metadata() {
        return metadata;
    }

    @Override
    public List<String> operationNames() {
        return operationNames;
    }

    @Override
    public List<String> shapeNames() {
        return shapeNames;
    }

    @Override
    public JsonNode operation(String name) {
        return part(operations, extraOperations, name);
    }

    @Override
    public JsonNode shape(String name) {
        return part(shapes, extraShapes, name);
    }

    private JsonNode part(Map<String, long[]> index, JsonNode extras, String name) {
        long[] range = index.get(name);
        JsonNode extra = extras == null ? null : extras.get(name);
        JsonNode node = null;
        if (range != null) {
            try {
                node = Json.MAPPER.readTree(bytes, (int) range[0], (int) (range[1] - range[0]));
            } catch (IOException e) {
                throw new ModelError("Invalid model file " + origin + " at '" + name + "': " + e.getMessage(), e);
            }
        }
        if (extra != null) {
            if (node instanceof ObjectNode o) {
                JsonMerge.deepMerge(o, extra);
            } else {
                node = extra.deepCopy();
            }
        }
        return node;
    }

    @Override
    public String origin() {
        return origin;
    }
}
