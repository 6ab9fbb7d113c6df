package io.boto4j.resource;

import io.boto4j.internal.json.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of boto3's {@code resources-1.json} format, read once from the tree the loader returns. Internal:
 * users see resources through {@link Resource} and {@link ResourceType}, never these.
 */
final class Definitions {
    private Definitions() {
    }

    /** Where a request parameter or an identifier comes from, and where it goes. */
    record Param(String target, String source, String name, String path, Object value) {
        static Param of(JsonNode n) {
            JsonNode v = n.get("value");
            Object value = null;
            if (v != null) {
                value = v.isString() ? v.stringValue(null) : v.isBoolean() ? v.booleanValue()
                        : v.isIntegralNumber() ? (Object) v.intValue() : v.isNumber() ? v.doubleValue() : v.toString();
            }
            return new Param(text(n, "target"), text(n, "source"), text(n, "name"), text(n, "path"), value);
        }
    }

    /** The operation an action calls and the parameters the model fills in. */
    record Request(String operation, List<Param> params) {
        static Request of(JsonNode n) {
            return n == null ? null : new Request(text(n, "operation"), Definitions.params(n.get("params")));
        }
    }

    /** The resource an action, reference or collection makes from a response. */
    record ResponseResource(String type, List<Param> identifiers, String path) {
        static ResponseResource of(JsonNode n) {
            return n == null ? null : new ResponseResource(text(n, "type"), Definitions.params(n.get("identifiers")), text(n, "path"));
        }

        /** A reference (as opposed to a sub-resource) takes an identifier from the parent's data. */
        boolean needsData() {
            for (Param p : identifiers) {
                if ("data".equals(p.source())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An action, load, batch action, collection ({@code hasMany}) or relation ({@code has}): same shape. */
    record Action(String modelName, Request request, ResponseResource resource, String path) {
        static Action of(String name, JsonNode n) {
            return new Action(name, Request.of(n.get("request")), ResponseResource.of(n.get("resource")), text(n, "path"));
        }
    }

    record Waiter(String modelName, String waiterName, List<Param> params) {
        static Waiter of(String name, JsonNode n) {
            return new Waiter(name, text(n, "waiterName"), Definitions.params(n.get("params")));
        }
    }

    record Identifier(String modelName, String memberName) {
    }

    static Map<String, Action> actions(JsonNode n) {
        Map<String, Action> out = new LinkedHashMap<>();
        if (n != null) {
            // loops, not lambdas: a fresh JVM's first resource reads these
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.put(e.getKey(), Action.of(e.getKey(), e.getValue()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    static Map<String, Waiter> waiters(JsonNode n) {
        Map<String, Waiter> out = new LinkedHashMap<>();
        if (n != null) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.put(e.getKey(), Waiter.of(e.getKey(), e.getValue()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    static List<Identifier> identifiers(JsonNode n) {
        List<Identifier> out = new ArrayList<>();
        if (n != null) {
            for (JsonNode i : n) {
                out.add(new Identifier(text(i, "name"), text(i, "memberName")));
            }
        }
        return List.copyOf(out);
    }

    private static List<Param> params(JsonNode n) {
        if (n == null) {
            return List.of();
        }
        List<Param> out = new ArrayList<>();
        for (JsonNode p : n) {
            out.add(Param.of(p));
        }
        return List.copyOf(out);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
