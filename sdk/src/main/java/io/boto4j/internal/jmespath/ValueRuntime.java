package io.boto4j.internal.jmespath;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.Json;
import io.boto4j.internal.json.JsonStrings;
import io.burt.jmespath.BaseRuntime;
import io.burt.jmespath.JmesPathType;
import io.burt.jmespath.RuntimeConfiguration;
import io.burt.jmespath.node.NodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The jmespath-java adapter over the SDK's plain result values: {@code Map}, {@code List}, {@code String},
 * {@code Number}, {@code Boolean}, {@code null}, plus the two non-JSON values a result holds, {@code Instant}
 * (timestamps) and {@code byte[]} (blobs).
 *
 * <p>botocore hands Python {@code datetime} and {@code bytes} to jmespath as opaque values: {@code ==} works
 * between two of them, never against a string. We keep that: an {@code Instant} equals only an equal
 * {@code Instant}, a {@code byte[]} only a {@code byte[]} of the same content. For the library's type checks
 * they count as strings (so {@code sort_by(Contents, &LastModified)}, which Python rejects, orders
 * chronologically here; {@code to_string} renders ISO-8601 and base64). Ordering operators ({@code <}, ...)
 * work on two numbers or two strings (see {@link OrderingNodeFactory}) and yield null for timestamps, as
 * python-jmespath does for datetimes.
 */
final class ValueRuntime extends BaseRuntime<Object> {
    static final ValueRuntime INSTANCE = new ValueRuntime();

    private final NodeFactory<Object> nodeFactory = new OrderingNodeFactory(this);

    private ValueRuntime() {
        super(RuntimeConfiguration.defaultConfiguration());
    }

    @Override
    public NodeFactory<Object> nodeFactory() {
        return nodeFactory;
    }

    @Override
    public Object parseString(String json) {
        try {
            return Json.readJava(json);
        } catch (JacksonException e) {
            throw new UncheckedIOException("Invalid JSON literal in JMESPath expression: " + json, Json.io(e));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object> toList(Object value) {
        if (value instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Map<?, ?> m) {
            return new ArrayList<>(m.values());
        }
        return Collections.emptyList();
    }

    @Override
    public String toString(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        if (value instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        StringBuilder sb = new StringBuilder();
        unparse(value, sb);
        return sb.toString();
    }

    @Override
    public Number toNumber(Object value) {
        return value instanceof Number n ? n : null;
    }

    @Override
    public boolean isTruthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof byte[] b) {
            return b.length > 0;
        }
        return true;
    }

    @Override
    public JmesPathType typeOf(Object value) {
        if (value == null) {
            return JmesPathType.NULL;
        }
        if (value instanceof String) {
            return JmesPathType.STRING;
        }
        if (value instanceof Map) {
            return JmesPathType.OBJECT;
        }
        if (value instanceof Collection) {
            return JmesPathType.ARRAY;
        }
        if (value instanceof Number) {
            return JmesPathType.NUMBER;
        }
        if (value instanceof Boolean) {
            return JmesPathType.BOOLEAN;
        }
        // Instant, byte[] and any other opaque value (see the class comment)
        return JmesPathType.STRING;
    }

    @Override
    public Object getProperty(Object value, String name) {
        return value instanceof Map<?, ?> m ? m.get(name) : null;
    }

    @Override
    public Object getProperty(Object value, Object name) {
        return value instanceof Map<?, ?> m ? m.get(name instanceof String ? name : toString(name)) : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<Object> getPropertyNames(Object value) {
        return value instanceof Map<?, ?> m ? (Collection<Object>) m.keySet() : Collections.emptyList();
    }

    @Override
    public Object createNull() {
        return null;
    }

    @Override
    public Object createArray(Collection<Object> elements) {
        return elements instanceof List ? elements : new ArrayList<>(elements);
    }

    @Override
    public Object createString(String str) {
        return str;
    }

    @Override
    public Object createBoolean(boolean b) {
        return b;
    }

    @Override
    public Object createObject(Map<Object, Object> obj) {
        return obj;
    }

    @Override
    public Object createNumber(double n) {
        return n;
    }

    @Override
    public Object createNumber(long n) {
        return n;
    }

    /** 0 when equal by Python's {@code ==} over these values; an order for numbers, strings and instants. */
    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return compareNumbers(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.compareUnsigned(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return listsEqual(x, y) ? 0 : -1;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return mapsEqual(x, y) ? 0 : -1;
        }
        if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
            return listsEqual(new ArrayList<>(x), new ArrayList<>(y)) ? 0 : -1;
        }
        return a.equals(b) ? 0 : -1;
    }

    private boolean listsEqual(List<?> x, List<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        Iterator<?> i = x.iterator();
        Iterator<?> j = y.iterator();
        while (i.hasNext()) {
            if (compare(i.next(), j.next()) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean mapsEqual(Map<?, ?> x, Map<?, ?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<?, ?> e : x.entrySet()) {
            Object other = y.get(e.getKey());
            if ((other == null && !y.containsKey(e.getKey())) || compare(e.getValue(), other) != 0) {
                return false;
            }
        }
        return true;
    }

    static int compareNumbers(Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            if (x instanceof BigInteger || y instanceof BigInteger) {
                return toBigInteger(x).compareTo(toBigInteger(y));
            }
            return Long.compare(x.longValue(), y.longValue());
        }
        double dx = x.doubleValue();
        double dy = y.doubleValue();
        if (Double.isNaN(dx) || Double.isNaN(dy) || Double.isInfinite(dx) || Double.isInfinite(dy)) {
            return Double.compare(dx, dy);
        }
        if ((x instanceof Double || x instanceof Float) && (y instanceof Double || y instanceof Float)) {
            return Double.compare(dx, dy);
        }
        return toBigDecimal(x).compareTo(toBigDecimal(y));
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger;
    }

    private static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        return BigDecimal.valueOf(n.doubleValue());
    }

    private void unparse(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String || value instanceof Instant || value instanceof byte[]) {
            JsonStrings.quoteAsPython(toString(value), sb, false);
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                JsonStrings.quoteAsPython(String.valueOf(e.getKey()), sb, false);
                sb.append(':');
                unparse(e.getValue(), sb);
            }
            sb.append('}');
        } else if (value instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                unparse(o, sb);
            }
            sb.append(']');
        } else {
            JsonStrings.quoteAsPython(value.toString(), sb, false);
        }
    }
}
