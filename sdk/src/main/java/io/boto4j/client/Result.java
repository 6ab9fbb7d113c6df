package io.boto4j.client;

import io.boto4j.exception.ResultTypeError;
import io.boto4j.http.StreamingBody;
import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.logging.SensitiveMembers;
import io.boto4j.model.ServiceModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of a call: the ordered map boto3 returns (it <em>is</em> that map, not a copy, so every
 * {@code Map} method and boto3-style {@code get("Key")} works), plus typed reads that need no cast.
 *
 * <pre>{@code
 * Result out = sqs.call("ReceiveMessage", Map.of("QueueUrl", url));
 * for (Result m : out.getResults("Messages")) { m.getString("Body"); }
 * List<Message> messages = out.getList("Messages", Message.class);   // record Message(String messageId, String body)
 * out.search("Messages[].MessageId");                                 // JMESPath, as boto3's paginators offer
 * out.responseMetadata().requestId();
 * }</pre>
 *
 * A missing key reads as null; a value of another type raises {@link ResultTypeError} naming the key, the type
 * asked for and the type found. Conversions to records and beans match the model's {@code PascalCase} member
 * names to Java's {@code camelCase} property names, case aside ({@code MD5OfBody} fills {@code md5OfBody}).
 * Thread-safety is the wrapped map's: results from calls are not shared, so reading them needs no lock.
 */
public final class Result implements Map<String, Object> {
    private static final String RESPONSE_METADATA = "ResponseMetadata";

    private final Map<String, Object> map;
    /** The service and operation whose sensitive members toString masks (looked up only when printed), or null. */
    private final ServiceModel service;
    private final String operationName;

    private Result(Map<String, Object> map) {
        this(map, null, null);
    }

    private Result(Map<String, Object> map, ServiceModel service, String operationName) {
        this.map = map;
        this.service = service;
        this.operationName = operationName;
    }

    /**
     * A call's result, whose toString masks the operation's sensitive members and credential fields. The operation
     * is found only when the result is printed: a call does not pay for a lookup its caller rarely needs.
     */
    @SuppressWarnings("unchecked")
    static Result ofCall(Map<String, ?> map, ServiceModel service, String operationName) {
        return new Result((Map<String, Object>) map, service, operationName);
    }

    /** The map as a Result, wrapped (not copied); a Result is returned as it is. */
    @SuppressWarnings("unchecked")
    public static Result of(Map<String, ?> map) {
        if (map instanceof Result r) {
            return r;
        }
        if (map == null) {
            throw new IllegalArgumentException("Result.of(null): a result is a map, possibly empty");
        }
        return new Result((Map<String, Object>) map);
    }

    public String getString(String key) {
        return typed(key, String.class, "String");
    }

    /** An integral number that fits an int (a {@code Long} within range passes). */
    public Integer getInteger(String key) {
        return (Integer) read(key, Integer.class);
    }

    /** An integral number, whatever its boxed type. */
    public Long getLong(String key) {
        return (Long) read(key, Long.class);
    }

    /** Any number, widened to double. */
    public Double getDouble(String key) {
        return (Double) read(key, Double.class);
    }

    public Boolean getBoolean(String key) {
        return typed(key, Boolean.class, "Boolean");
    }

    /** A timestamp member. */
    public Instant getInstant(String key) {
        return typed(key, Instant.class, "Instant");
    }

    /** A blob member. */
    public byte[] getBytes(String key) {
        return typed(key, byte[].class, "byte[]");
    }

    /** A streaming payload ({@code Body} of {@code GetObject}); close it when read. */
    public StreamingBody getBody(String key) {
        return typed(key, StreamingBody.class, "StreamingBody");
    }

    /** The result's streaming payload, whatever the operation names it ({@code Body}, {@code Payload}, ...), or null. */
    public StreamingBody getBody() {
        for (Object v : map.values()) {
            if (v instanceof StreamingBody body) {
                return body;
            }
        }
        return null;
    }

    /** A nested structure or map, as a Result (wrapped, not copied). */
    public Result getResult(String key) {
        Object v = map.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            return of(ValueConverter.asMap(m, "Result"));
        }
        throw new ResultTypeError(key, "Result", v);
    }

    /** A list of structures, each as a Result. */
    public List<Result> getResults(String key) {
        return getList(key, Result.class);
    }

    /** A list of strings. */
    public List<String> getStrings(String key) {
        return getList(key, String.class);
    }

    /** A list whose elements are converted to {@code type}: a scalar type, {@code Result}, a record or a bean. */
    public <T> List<T> getList(String key, Class<T> type) {
        return listOf(key, map.get(key), type);
    }

    /** boto3's {@code ResponseMetadata}, typed; null for a result without one (a stubbed or nested result). */
    public ResponseMetadata responseMetadata() {
        if (!(map.get(RESPONSE_METADATA) instanceof Map<?, ?> m)) {
            return null;
        }
        Result meta = of(ValueConverter.asMap(m, "ResponseMetadata"));
        Integer status = meta.getInteger("HTTPStatusCode");
        Integer retries = meta.getInteger("RetryAttempts");
        @SuppressWarnings("unchecked")
        Map<String, String> textHeaders = meta.get("HTTPHeaders") instanceof Map<?, ?> h
                ? (Map<String, String>) h : null;
        return new ResponseMetadata(meta.getString("RequestId"), meta.getString("HostId"),
                status == null ? 0 : status, textHeaders, retries == null ? 0 : retries,
                Boolean.TRUE.equals(meta.getBoolean("MaxAttemptsReached")));
    }

    /** The JMESPath expression applied to this result, as boto3's {@code search}; null when nothing matches. */
    public Object search(String expression) {
        return JmesPath.compile(expression).search(map);
    }

    /** {@link #search(String)} converted to {@code type} (a scalar type, {@code Result}, a record or a bean). */
    @SuppressWarnings("unchecked")
    public <T> T search(String expression, Class<T> type) {
        Object v = search(expression);
        try {
            return v == null ? null : (T) ObjectBinding.converter(type).convert(v);
        } catch (ConversionMismatch m) {
            throw m.toError(expression);
        }
    }

    /** {@link #search(String)} as a list of {@code type}: {@code searchList("Contents[].Key", String.class)}. */
    public <T> List<T> searchList(String expression, Class<T> type) {
        return listOf(expression, search(expression), type);
    }

    /**
     * This result as a user's record or bean, member by member ({@code QueueUrl} → {@code queueUrl}); members
     * without a property are skipped. Nested records, lists, maps, {@code Instant}, {@code byte[]}, enums and
     * numbers (widened, or narrowed when the value fits) convert as declared.
     */
    @SuppressWarnings("unchecked")
    public <T> T as(Class<T> type) {
        if (type == Result.class || type == Map.class || type == Object.class) {
            return (T) this;
        }
        try {
            return (T) ObjectBinding.converter(type).convert(map);
        } catch (ConversionMismatch m) {
            throw m.toError("");
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T typed(String key, Class<T> type, String name) {
        Object v = map.get(key);
        if (v == null || type.isInstance(v)) {
            return (T) v;
        }
        throw new ResultTypeError(key, name, v);
    }

    private Object read(String key, Class<?> type) {
        Object v = map.get(key);
        if (v == null || type.isInstance(v)) {
            return v;
        }
        try {
            return ObjectBinding.converter(type).convert(v);
        } catch (ConversionMismatch m) {
            throw m.toError(key);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(String path, Object v, Class<T> type) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> items)) {
            throw new ResultTypeError(path, "List<" + type.getSimpleName() + ">", v);
        }
        ValueConverter element = ObjectBinding.converter(type);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            try {
                out.add(item == null ? null : (T) element.convert(item));
            } catch (ConversionMismatch m) {
                throw m.atIndex(i).toError(path);
            }
        }
        return out;
    }

    // ---- Map, delegated to the wrapped map

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return map.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return map.remove(key);
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        map.putAll(m);
    }

    @Override
    public void clear() {
        map.clear();
    }

    @Override
    public Set<String> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<Object> values() {
        return map.values();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return map.entrySet();
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.equals(o);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    /** The map's text, with the values of sensitive members masked (a result is often printed or logged). */
    @Override
    public String toString() {
        if (service == null) {
            return map.toString();
        }
        StringBuilder b = new StringBuilder();
        render(b, map, SensitiveMembers.of(service.operationModel(operationName)));
        return b.toString();
    }

    private static void render(StringBuilder b, Object v, Set<String> masked) {
        if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append(e.getKey()).append('=');
                if (masked.contains(String.valueOf(e.getKey())) && e.getValue() != null) {
                    b.append(SensitiveMembers.mask());
                } else {
                    render(b, e.getValue(), masked);
                }
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                render(b, l.get(i), masked);
            }
            b.append(']');
        } else {
            b.append(v);
        }
    }
}
