package io.boto4j.internal.protocol;

import tools.jackson.core.JacksonException;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.internal.json.Json;
import io.boto4j.model.BlobShape;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StringShape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The HTTP binding of the rest protocols ({@code rest-json}, {@code rest-xml}): sorts each parameter into the
 * URI path, the query string, a header, a prefixed header map or the body, by its member's
 * {@code location}; renders the requestUri template (greedy {@code {Key+}} labels keep slashes); and hands
 * the body members, or the {@code payload} member, to the protocol's {@link BodyEncoder}. A blob or string
 * payload is the body itself, streamed from an {@link InputStream} or a {@link Path} without buffering.
 * What depends only on the operation (template, member locations) is worked out once per operation.
 */
public final class HttpBindingSerializer implements ProtocolSerializer {
    // built on the first jsonvalue header: a class constant would build Jackson's mapper with every rest client
    private static final class JsonValueWriter {
        static final ObjectWriter INSTANCE = Json.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    }

    private final BodyEncoder encoder;
    private final Supplier<String> idempotencyTokens;
    private final Map<OperationModel, Plan> plans = new ConcurrentHashMap<>();

    public HttpBindingSerializer(BodyEncoder encoder, Supplier<String> idempotencyTokens) {
        this.encoder = encoder;
        this.idempotencyTokens = idempotencyTokens;
    }

    private enum Location { URI, QUERY, HEADER, HEADERS, BODY, PAYLOAD, IGNORED }

    /**
     * An operation's binding, derived from the model once. A blob or string payload gets no Content-Type of its
     * own, as in botocore (the caller's ContentType member, or S3's own default, is what is sent).
     */
    private record Plan(List<Object> template, Map<String, Location> locations, String payload,
                        boolean rawPayload, boolean unionPayload, boolean hasBodyMembers,
                        Set<String> namedQueryKeys) {
    }

    private record Label(String name, boolean greedy) {
    }

    private Plan plan(OperationModel operation) {
        Plan p = plans.get(operation);
        if (p == null) {
            p = createPlan(operation); // get-then-put: a computeIfAbsent method reference spins a class
            Plan raced = plans.putIfAbsent(operation, p);
            if (raced != null) {
                p = raced;
            }
        }
        return p;
    }

    private static Plan createPlan(OperationModel operation) {
        List<Object> template = parseTemplate(operation.requestUri());
        StructureShape input = operation.inputShape();
        Map<String, Location> locations = new HashMap<>();
        Set<String> namedQuery = new HashSet<>();
        String payload = null;
        boolean raw = false;
        boolean union = false;
        boolean hasBody = false;
        if (input != null) {
            payload = input.payload();
            for (Map.Entry<String, Shape> e : input.members().entrySet()) {
                Shape m = e.getValue();
                String loc = m.location();
                Location l;
                if (loc == null) {
                    l = e.getKey().equals(payload) ? Location.PAYLOAD : Location.BODY;
                    hasBody = true;
                } else {
                    l = switch (loc) {
                        case "uri" -> Location.URI;
                        case "querystring" -> Location.QUERY;
                        case "header" -> Location.HEADER;
                        case "headers" -> Location.HEADERS;
                        default -> Location.IGNORED;
                    };
                }
                if (l == Location.QUERY && !(m instanceof MapShape)) {
                    namedQuery.add(m.locationName() != null ? m.locationName() : e.getKey());
                }
                locations.put(e.getKey(), l);
            }
            if (payload != null) {
                Shape ps = input.member(payload);
                raw = ps instanceof BlobShape || ps instanceof StringShape;
                union = ps instanceof StructureShape s && s.isUnion();
            }
        }
        return new Plan(template, locations, payload, raw, union, hasBody, Set.copyOf(namedQuery));
    }

    private static List<Object> parseTemplate(String uri) {
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < uri.length()) {
            int open = uri.indexOf('{', i);
            if (open < 0) {
                parts.add(uri.substring(i));
                break;
            }
            if (open > i) {
                parts.add(uri.substring(i, open));
            }
            int close = uri.indexOf('}', open);
            String name = uri.substring(open + 1, close);
            boolean greedy = name.endsWith("+");
            parts.add(new Label(greedy ? name.substring(0, name.length() - 1) : name, greedy));
            i = close + 1;
        }
        return List.copyOf(parts);
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        Map<String, Object> p = IdempotencyTokenWriter.fill(operation, params, idempotencyTokens);
        String hostPrefix = HostPrefixWriter.expand(operation, p);
        StructureShape input = operation.inputShape();
        Plan plan = plan(operation);
        if (input == null) {
            return new SerializedRequest(operation.httpMethod(), operation.requestUri(), List.of(),
                    HttpHeaders.empty(), RequestBody.EMPTY, hostPrefix);
        }
        Map<String, String> labels = new HashMap<>();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        List<Map.Entry<String, String>> mapQuery = null;
        HttpHeaders.Builder headers = HttpHeaders.builder();
        Map<String, Object> bodyParams = null;
        Object payloadValue = null;
        boolean queryGiven = false;
        for (Map.Entry<String, Object> e : p.entrySet()) {
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            String key = e.getKey();
            Location location = plan.locations.get(key);
            if (location == null) {
                throw ParamShapeErrors.unknownMember(input, key, "");
            }
            Shape member = input.member(key);
            String name = member.locationName() != null ? member.locationName() : key;
            switch (location) {
                case URI -> labels.put(name, ScalarEncoder.uriOrQueryText(value, member));
                case QUERY -> {
                    if (member instanceof MapShape m) {
                        if (mapQuery == null) {
                            mapQuery = new ArrayList<>();
                        }
                        addQueryMap(mapQuery, value, m, key);
                    } else if (member instanceof ListShape l) {
                        queryGiven = true; // an empty list still leaves botocore's bare separator
                        for (Object item : asCollection(value, key)) {
                            if (item != null) {
                                query.add(Map.entry(name, ScalarEncoder.uriOrQueryText(item, l.member())));
                            }
                        }
                    } else {
                        query.add(Map.entry(name, ScalarEncoder.uriOrQueryText(value, member)));
                    }
                }
                case HEADER -> {
                    // an empty list means "no header" (botocore), not an empty header
                    if (!(member instanceof ListShape && value instanceof Collection<?> c && c.isEmpty())) {
                        headers.set(name, headerValue(value, member, key));
                    }
                }
                case HEADERS -> {
                    if (!(value instanceof Map<?, ?> m)) {
                        throw ParamShapeErrors.wrongType(key, value, "Map");
                    }
                    for (Map.Entry<?, ?> h : m.entrySet()) {
                        if (h.getValue() != null) {
                            headers.set(name + h.getKey(), h.getValue().toString());
                        }
                    }
                }
                case BODY -> {
                    if (bodyParams == null) {
                        bodyParams = new LinkedHashMap<>();
                    }
                    bodyParams.put(key, value);
                }
                case PAYLOAD -> payloadValue = value;
                case IGNORED -> {
                }
            }
        }
        if (mapQuery != null) {
            // a named query member wins over a map entry with the same key
            for (Map.Entry<String, String> q : mapQuery) {
                if (!plan.namedQueryKeys.contains(q.getKey()) || !hasKey(query, q.getKey())) {
                    query.add(q);
                }
            }
        }
        String path = renderPath(plan.template, labels);
        RequestBody body;
        boolean structured = false;
        if (plan.payload != null && plan.rawPayload) {
            body = payloadValue == null ? RequestBody.EMPTY : rawBody(payloadValue, plan.payload);
        } else if (plan.payload != null) {
            if (payloadValue != null) {
                body = RequestBody.ofBytes(encoder.encodePayload(payloadValue, input, plan.payload));
            } else {
                // an unset union sends no body at all; an unset structure the codec's empty document
                body = plan.unionPayload ? RequestBody.EMPTY : RequestBody.ofBytes(encoder.emptyPayload());
            }
            structured = true;
        } else if (bodyParams != null) {
            body = RequestBody.ofBytes(encoder.encodeMembers(bodyParams, input));
            structured = true;
        } else if (plan.hasBodyMembers) {
            body = RequestBody.ofBytes(encoder.emptyBody(input));
            structured = true;
        } else {
            body = RequestBody.EMPTY;
        }
        if (structured && body.contentLength() > 0 && encoder.contentType() != null
                && !headers.contains("Content-Type")) {
            headers.set("Content-Type", encoder.contentType());
        }
        return new SerializedRequest(operation.httpMethod(), path, query, headers.build(), body, hostPrefix,
                queryGiven || !query.isEmpty());
    }

    private static boolean hasKey(List<Map.Entry<String, String>> query, String key) {
        for (Map.Entry<String, String> q : query) {
            if (q.getKey().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static void addQueryMap(List<Map.Entry<String, String>> out, Object value, MapShape shape, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw ParamShapeErrors.wrongType(where, value, "Map");
        }
        Shape valueShape = shape.value();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            if (valueShape instanceof ListShape l) {
                for (Object item : asCollection(v, where + "." + k)) {
                    out.add(Map.entry(k, ScalarEncoder.uriOrQueryText(item, l.member())));
                }
            } else {
                out.add(Map.entry(k, ScalarEncoder.uriOrQueryText(v, valueShape)));
            }
        }
    }

    private static String renderPath(List<Object> template, Map<String, String> labels) {
        if (template.size() == 1 && template.get(0) instanceof String s) {
            return s;
        }
        StringBuilder out = new StringBuilder(64);
        for (Object part : template) {
            if (part instanceof Label l) {
                String value = labels.get(l.name);
                if (value == null) {
                    throw ParamShapeErrors.missing(l.name, "");
                }
                out.append(PercentEncoder.encode(value, l.greedy));
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    private static RequestBody rawBody(Object value, String member) {
        if (value instanceof byte[] b) {
            return RequestBody.ofBytes(b);
        }
        if (value instanceof CharSequence s) {
            return RequestBody.ofString(s.toString());
        }
        if (value instanceof Path path) {
            return RequestBody.ofPath(path);
        }
        if (value instanceof InputStream in) {
            return RequestBody.ofInputStream(in, -1);
        }
        if (value instanceof RequestBody rb) {
            return rb;
        }
        if (value instanceof ByteBuffer bb) {
            return RequestBody.ofBytes(ScalarEncoder.blobBytes(bb));
        }
        throw ParamShapeErrors.wrongType(member, value, "byte[], String, InputStream, Path");
    }

    private static String headerValue(Object value, Shape shape, String where) {
        if (shape instanceof TimestampShape) {
            // headers carry whole seconds, whatever the format
            Instant t = TimestampFormats.toInstant(value).truncatedTo(ChronoUnit.SECONDS);
            String format = shape.timestampFormat();
            return TimestampFormats.format(t, format == null ? TimestampFormats.RFC822 : format);
        }
        if (shape instanceof ListShape l) {
            Shape member = l.member();
            StringBuilder out = new StringBuilder();
            for (Object item : asCollection(value, where)) {
                if (item == null) {
                    continue;
                }
                if (out.length() > 0) {
                    out.append(',');
                }
                if (member instanceof StringShape) {
                    out.append(quoteListItem(item.toString()));
                } else {
                    out.append(headerValue(item, member, where));
                }
            }
            return out.toString();
        }
        if (shape instanceof StringShape && shape.isJsonValue()) {
            if (value instanceof CharSequence text) {
                // already JSON text: sent as given, base64-encoded
                return Base64.getEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            try {
                byte[] json = JsonValueWriter.INSTANCE.writeValueAsBytes(value);
                return Base64.getEncoder().encodeToString(json);
            } catch (JacksonException e) {
                throw new UncheckedIOException(Json.io(e));
            }
        }
        if (shape instanceof BlobShape) {
            return ScalarEncoder.base64(value);
        }
        if (shape instanceof ScalarShape s) {
            if (s.isBoolean()) {
                return ScalarEncoder.booleanText(value);
            }
            if (s.isFloatingPoint()) {
                return ScalarEncoder.floatText(value);
            }
        }
        return value.toString();
    }

    private static String quoteListItem(String s) {
        if (s.indexOf('"') >= 0 || s.indexOf(',') >= 0) {
            return '"' + s.replace("\"", "\\\"") + '"';
        }
        return s;
    }

    private static Collection<?> asCollection(Object value, String where) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] a) {
            return java.util.Arrays.asList(a);
        }
        throw ParamShapeErrors.wrongType(where, value, "List");
    }
}
