package io.boto4j.resource;

import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.resource.Definitions.Param;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an operation's parameters from a resource as the model says (boto3's {@code params.py}): each param's
 * {@code target} is a small reverse JMESPath ({@code Delete.Objects[].Key}, {@code Entries[*].Id},
 * {@code Filters[0].Values[0]}) written into nested maps and lists; the value comes from an identifier, a
 * member of the resource's data (loading it first), or a constant.
 */
final class RequestParameters {
    private RequestParameters() {
    }

    /** The parameters for one resource, in a new mutable map. */
    static Map<String, Object> build(Resource parent, List<Param> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        addTo(out, parent, params, null);
        return out;
    }

    /**
     * Adds one resource's parameters to {@code out}; {@code index} is the resource's position in a batch, used by
     * {@code [*]} targets so that several params of one resource land in the same list element.
     */
    static void addTo(Map<String, Object> out, Resource parent, List<Param> params, Integer index) {
        for (Param p : params) {
            Object value;
            switch (p.source()) {
                case "identifier" -> value = parent.identifier(p.name());
                case "data" -> value = JmesPath.search(p.path(), parent.loadedData());
                case "string", "integer", "boolean" -> value = p.value();
                case "input" -> {
                    continue;
                }
                default -> throw new IllegalStateException("Unsupported parameter source '" + p.source()
                        + "' for target " + p.target() + " of " + parent.meta().typeName());
            }
            set(out, p.target(), value, index);
        }
    }

    /** Writes {@code value} at {@code target}, creating maps and lists on the way. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> params, String target, Object value, Integer index) {
        Map<String, Object> pos = params;
        String[] parts = target.split("\\.");
        Integer idx = index;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            int open = part.endsWith("]") ? part.lastIndexOf('[') : -1;
            if (open >= 0) {
                String inner = part.substring(open + 1, part.length() - 1);
                String key = part.substring(0, open);
                if (inner.isEmpty()) {
                    idx = null; // "[]" appends
                } else if (!inner.equals("*")) {
                    idx = Integer.parseInt(inner);
                }
                List<Object> list;
                if (pos.get(key) instanceof List<?> existing) {
                    list = (List<Object>) existing;
                } else {
                    list = new ArrayList<>();
                    pos.put(key, list);
                }
                if (idx == null) {
                    idx = list.size();
                }
                while (list.size() <= idx) {
                    list.add(new LinkedHashMap<String, Object>());
                }
                if (last) {
                    list.set(idx, value);
                } else {
                    pos = (Map<String, Object>) list.get(idx);
                }
            } else {
                if (last) {
                    pos.put(part, value);
                } else {
                    Object next = pos.get(part);
                    if (!(next instanceof Map)) {
                        next = new LinkedHashMap<String, Object>();
                        pos.put(part, next);
                    }
                    pos = (Map<String, Object>) next;
                }
            }
        }
    }

    /** boto3's {@code merge_dicts(..., append_lists=True)}: maps merge deeply, lists are appended, the rest replaced. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, ?> from) {
        for (Map.Entry<String, ?> e : from.entrySet()) {
            Object mine = into.get(e.getKey());
            Object theirs = e.getValue();
            if (mine instanceof Map<?, ?> m && theirs instanceof Map<?, ?> t) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
                merge(copy, (Map<String, ?>) t);
                into.put(e.getKey(), copy);
            } else if (mine instanceof List<?> l && theirs instanceof List<?> t) {
                List<Object> joined = new ArrayList<>(l);
                joined.addAll(t);
                into.put(e.getKey(), joined);
            } else {
                into.put(e.getKey(), theirs);
            }
        }
    }
}
