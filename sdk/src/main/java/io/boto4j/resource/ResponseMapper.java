package io.boto4j.resource;

import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.OperationModel;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.resource.Definitions.Param;
import io.boto4j.resource.Definitions.ResponseResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a response into what an action returns (boto3's {@code response.py}): the response itself or the part
 * its {@code path} selects; or new resources, whose identifiers come from the response, the request, the parent's
 * identifiers or data, and whose data is the part of the response the resource's {@code path} selects (so a
 * collection's items need no load). A list among the identifier values makes one resource per element.
 */
final class ResponseMapper {
    private ResponseMapper() {
    }

    static Object raw(String path, Object response) {
        if (path == null || path.isEmpty() || path.equals("$")) {
            return response;
        }
        return JmesPath.search(path, response);
    }

    /**
     * The resource or resources described by {@code def}; when an identifier is missing, null, or for an
     * operation's response the empty value of the selected shape ({@code []} for a list), as boto3 answers.
     */
    static Object resources(Resource parent, ResponseResource def, Map<String, Object> params, Object response,
                            String operation) {
        ServiceContext service = parent.type().service();
        ResourceType type = service.type(def.type());
        Object search = def.path() == null ? null : JmesPath.search(def.path(), response);

        int size = type.identifierNames().size();
        Object[] values = new Object[size];
        boolean[] set = new boolean[size];
        List<?> plural = null;
        for (Param p : def.identifiers()) {
            Object value;
            switch (p.source()) {
                case "response" -> value = JmesPath.search(p.path(), response);
                case "requestParameter" -> value = JmesPath.search(p.path(), params);
                case "identifier" -> value = parent.identifier(p.name());
                case "data" -> value = JmesPath.search(p.path(), parent.loadedData());
                case "input" -> {
                    continue;
                }
                default -> throw new IllegalStateException("Unsupported identifier source '" + p.source() + "' for "
                        + type.className());
            }
            int i = type.identifierIndex(p.target());
            values[i] = value;
            set[i] = true;
            if (value instanceof List<?> l && plural == null) {
                plural = l;
            }
        }

        if (plural != null) {
            List<Resource> out = new ArrayList<>(plural.size());
            List<?> items = search instanceof List<?> l && !l.isEmpty() ? l : null;
            for (int n = 0; n < plural.size(); n++) {
                Object[] ids = new Object[size];
                for (int i = 0; i < size; i++) {
                    ids[i] = values[i] instanceof List<?> l ? (n < l.size() ? l.get(n) : null) : values[i];
                }
                Object item = items != null && n < items.size() ? items.get(n) : null;
                out.add(new Resource(type, ids, dataOf(item)));
            }
            return out;
        }
        boolean complete = true;
        for (int i = 0; i < size; i++) {
            if (set[i] && values[i] == null) {
                complete = false;
            }
        }
        if (complete) {
            return new Resource(type, values, dataOf(search));
        }
        return operation == null ? null : emptyResponse(def.path(), service.serviceModel().operationModel(operation));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataOf(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** boto3's {@code build_empty_response}: the empty value of the shape the path selects. */
    static Object emptyResponse(String path, OperationModel operation) {
        Shape shape = operation.outputShape();
        if (shape == null) {
            return null;
        }
        if (path != null) {
            for (String item : path.split("\\.")) {
                String name = strip(item);
                if (shape instanceof StructureShape st) {
                    shape = st.member(name);
                } else if (shape instanceof ListShape l) {
                    shape = l.member();
                } else {
                    throw new IllegalStateException("Search path hits shape type " + shape.type() + " from " + item);
                }
                if (shape == null) {
                    return null;
                }
            }
        }
        if (shape instanceof StructureShape || shape instanceof MapShape) {
            return new LinkedHashMap<String, Object>();
        }
        return shape instanceof ListShape ? new ArrayList<>() : null;
    }

    /** Python's {@code str.strip('[0123456789]$')}. */
    private static String strip(String s) {
        String chars = "[0123456789]$";
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }
}
