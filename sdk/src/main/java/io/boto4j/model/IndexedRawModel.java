package io.boto4j.model;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonReader;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.JsonMerge;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A model kept as its JSON bytes plus, per operation and per shape, four ints: where its name and its JSON
 * are. Names are looked up through an open-addressing table over those ints, compared byte for char, so the
 * index holds no String per shape (all 424 bundled services fit in a few MB beside their bytes). One
 * {@link ModelScanner} pass validates and indexes the file; only {@code metadata} is parsed then. An operation
 * or shape is parsed when first asked for, with the extras ({@code merge} sections) laid over it.
 */
final class IndexedRawModel implements RawModel {
    private final byte[] bytes;
    private final String origin;
    private final JsonNode metadata;
    private final Entries operations;
    private final Entries shapes;
    private final JsonNode extraOperations;
    private final JsonNode extraShapes;
    private volatile List<String> operationNames;
    private volatile List<String> shapeNames;

    IndexedRawModel(byte[] bytes, String origin, List<JsonNode> extras) {
        this.bytes = bytes;
        this.origin = origin;
        ModelScanner scan = new ModelScanner(bytes, origin);
        scan.scan();
        ObjectNode meta;
        if (scan.metadataStart < 0) {
            meta = JsonTrees.object();
        } else {
            JsonNode parsed = readTree(scan.metadataStart, scan.metadataEnd, "metadata");
            if (!(parsed instanceof ObjectNode o)) {
                throw new ModelError("Invalid model file " + origin + ": 'metadata' must be an object");
            }
            meta = o;
        }
        JsonNode extraOps = null;
        JsonNode extraShp = null;
        for (JsonNode extra : extras) {
            JsonNode merge = extra.path("merge");
            if (merge.has("metadata")) {
                JsonMerge.deepMerge(meta, merge.get("metadata"));
            }
            extraOps = JsonMerge.combine(extraOps, merge.get("operations"));
            extraShp = JsonMerge.combine(extraShp, merge.get("shapes"));
        }
        this.metadata = meta;
        this.operations = new Entries(scan.operations);
        this.shapes = new Entries(scan.shapes);
        this.extraOperations = extraOps;
        this.extraShapes = extraShp;
    }

    /** The entries of one section, with a hash table from name to entry. */
    private final class Entries {
        private final int[] ranges;
        private final int count;
        private final int[] table;
        /** Decoded names of the entries whose keys have escapes or non-ASCII bytes; null when there are none. */
        private final String[] complexNames;
        private final boolean[] exception;

        Entries(ModelScanner.Section section) {
            this.ranges = section.ranges;
            this.count = section.count;
            this.exception = section.exception;
            String[] complex = null;
            if (section.complexKey != null) {
                complex = new String[count];
                for (int i = 0; i < count; i++) {
                    if (section.complexKey[i]) {
                        complex[i] = decodeKey(ranges[i * 4], ranges[i * 4 + 1]);
                    }
                }
            }
            this.complexNames = complex;
            int size = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
            int[] t = new int[size];
            int mask = size - 1;
            for (int i = 0; i < count; i++) {
                int h = spread(hashOf(i)) & mask;
                while (t[h] != 0) {
                    if (nameEquals(t[h] - 1, nameOf(i))) {
                        break; // a duplicate key: the later one wins, as in every JSON reader we agree with
                    }
                    h = (h + 1) & mask;
                }
                t[h] = i + 1;
            }
            this.table = t;
        }

        private int hashOf(int i) {
            if (complexNames != null && complexNames[i] != null) {
                return complexNames[i].hashCode();
            }
            // String.hashCode of an ASCII string, computed from its bytes
            int h = 0;
            for (int p = ranges[i * 4], end = ranges[i * 4 + 1]; p < end; p++) {
                h = 31 * h + bytes[p];
            }
            return h;
        }

        private String nameOf(int i) {
            if (complexNames != null && complexNames[i] != null) {
                return complexNames[i];
            }
            int start = ranges[i * 4];
            return new String(bytes, start, ranges[i * 4 + 1] - start, StandardCharsets.ISO_8859_1);
        }

        private boolean nameEquals(int i, String name) {
            if (complexNames != null && complexNames[i] != null) {
                return complexNames[i].equals(name);
            }
            int start = ranges[i * 4];
            int len = ranges[i * 4 + 1] - start;
            if (len != name.length()) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (bytes[start + k] != name.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** The entry index, or -1. */
        int find(String name) {
            int mask = table.length - 1;
            int h = spread(name.hashCode()) & mask;
            while (true) {
                int e = table[h];
                if (e == 0) {
                    return -1;
                }
                if (nameEquals(e - 1, name)) {
                    return e - 1;
                }
                h = (h + 1) & mask;
            }
        }

        List<String> names(JsonNode extra) {
            List<String> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String n = nameOf(i);
                if (find(n) == i) { // a key given twice is listed once, where its last value is
                    out.add(n);
                }
            }
            if (extra != null) {
                for (Iterator<String> it = extra.propertyNames().iterator(); it.hasNext(); ) {
                    String n = it.next();
                    if (find(n) < 0) {
                        out.add(n);
                    }
                }
            }
            return Collections.unmodifiableList(out);
        }

        JsonNode read(int i, String name) {
            return readTree(ranges[i * 4 + 2], ranges[i * 4 + 3], name);
        }

        boolean isException(int i) {
            return exception != null && exception[i];
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private String decodeKey(int start, int end) {
        try {
            JsonReader p = new JsonReader(bytes, start - 1, end - start + 2);
            p.next();
            return p.text();
        } catch (JacksonException e) {
            throw new ModelError("Invalid model file " + origin + ": bad key at byte " + start, e);
        }
    }

    private JsonNode readTree(int from, int to, String what) {
        try {
            return JsonTrees.read(bytes, from, to - from);
        } catch (JacksonException e) {
            throw new ModelError("Invalid model file " + origin + " at '" + what + "': " + e.getMessage(), e);
        }
    }

    @Override
    public JsonNode metadata() {
        return metadata;
    }

    @Override
    public List<String> operationNames() {
        List<String> n = operationNames;
        if (n == null) {
            n = operations.names(extraOperations);
            operationNames = n;
        }
        return n;
    }

    @Override
    public List<String> shapeNames() {
        List<String> n = shapeNames;
        if (n == null) {
            n = shapes.names(extraShapes);
            shapeNames = n;
        }
        return n;
    }

    @Override
    public JsonNode operation(String name) {
        return part(operations, extraOperations, name);
    }

    @Override
    public JsonNode shape(String name) {
        return part(shapes, extraShapes, name);
    }

    @Override
    public List<String> exceptionShapeNames() {
        List<String> out = new ArrayList<>();
        for (String name : shapeNames()) {
            int i = shapes.find(name);
            if (i >= 0 ? shapes.isException(i) || extraMarksException(name) : extraMarksException(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private boolean extraMarksException(String name) {
        if (extraShapes == null || !extraShapes.has(name)) {
            return false;
        }
        JsonNode s = shape(name);
        return s != null && s.path("exception").asBoolean(false);
    }

    private JsonNode part(Entries entries, JsonNode extras, String name) {
        int i = entries.find(name);
        JsonNode extra = extras == null ? null : extras.get(name);
        JsonNode node = i < 0 ? null : entries.read(i, name);
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
