package io.boto4j.internal.protocol;

import tools.jackson.core.JacksonException;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ListShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP half of the rest protocols' output: members bound to a header, to a header prefix
 * ({@code location: headers}) or to the status code. Which members are bound is worked out once per shape.
 */
public final class HttpBindings {
    private enum Kind { HEADER, PREFIX, STATUS }

    private record Bound(String member, Kind kind, String wireName, Shape shape) {
    }

    private static final Map<StructureShape, List<Bound>> PLANS = new ConcurrentHashMap<>();

    private HttpBindings() {
    }

    /** Reads every header-, prefix- and status-bound member of {@code shape} into {@code out}. */
    public static void read(StructureShape shape, HttpResponse response, Map<String, Object> out) {
        List<Bound> bound = PLANS.get(shape);
        if (bound == null) { // get-then-put: a computeIfAbsent method reference spins a class on a fresh JVM
            bound = plan(shape);
            PLANS.putIfAbsent(shape, bound);
        }
        for (Bound b : bound) {
            switch (b.kind) {
                case STATUS -> out.put(b.member, response.statusCode());
                case PREFIX -> out.put(b.member, prefixed(b.wireName, response));
                case HEADER -> {
                    List<String> values = response.headers().all(b.wireName);
                    if (!values.isEmpty()) {
                        out.put(b.member, headerValue(b, values.size() == 1 ? values.get(0) : String.join(",", values)));
                    }
                }
            }
        }
    }

    /** True when the member is bound to the HTTP message rather than the body. */
    public static boolean isBound(Shape member) {
        String loc = member.location();
        return "header".equals(loc) || "headers".equals(loc) || "statusCode".equals(loc);
    }

    private static List<Bound> plan(StructureShape shape) {
        List<Bound> out = new ArrayList<>();
        for (Map.Entry<String, Shape> e : shape.members().entrySet()) {
            String name = e.getKey();
            Shape member = e.getValue();
            String loc = member.location();
            if (loc == null) {
                continue;
            }
            String wire = member.locationName() != null ? member.locationName() : name;
            switch (loc) {
                case "header" -> out.add(new Bound(name, Kind.HEADER, wire, member));
                case "headers" -> out.add(new Bound(name, Kind.PREFIX,
                        member.locationName() == null ? "" : member.locationName().toLowerCase(Locale.ROOT), member));
                case "statusCode" -> out.add(new Bound(name, Kind.STATUS, null, member));
                default -> {
                    // uri and querystring bindings belong to requests only
                }
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> prefixed(String prefix, HttpResponse response) {
        Map<String, Object> map = new LinkedHashMap<>();
        HttpHeaders headers = response.headers();
        for (String name : headers.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                map.put(name.substring(prefix.length()), String.join(",", headers.all(name)));
            }
        }
        return map;
    }

    private static Object headerValue(Bound b, String raw) {
        Shape shape = b.shape;
        try {
            if (shape instanceof ListShape list) {
                List<Object> items = new ArrayList<>();
                for (String part : ScalarText.splitHeaderList(list, raw)) {
                    items.add(scalar(list.member(), part));
                }
                return items;
            }
            return scalar(shape, raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("header " + b.wireName + " (member " + b.member + "): " + e.getMessage(), e);
        }
    }

    private static Object scalar(Shape shape, String text) {
        if (shape.isJsonValue()) {
            String json = new String(ScalarText.decodeBase64(text), StandardCharsets.UTF_8);
            try {
                return Json.readJava(json);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("jsonvalue header is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return ScalarText.convert(shape, text);
    }

}
