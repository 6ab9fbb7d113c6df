package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/**
 * Every scalar node (string, number, boolean, null, binary) and the missing node, in one class: a fresh JVM
 * loads and verifies one class for them, where Jackson's tree had a dozen. Numbers keep the type they were read or
 * given as, and two numbers are equal only when both are the same type and value, as in Jackson.
 */
final class ValueNode extends JsonNode {
    private static final int STRING = 0;
    private static final int NUMBER = 1;
    private static final int BOOLEAN = 2;
    private static final int NULL_KIND = 3;
    private static final int MISSING_KIND = 4;
    private static final int BINARY = 5;

    static final ValueNode NULL = new ValueNode(NULL_KIND, null);
    static final ValueNode MISSING = new ValueNode(MISSING_KIND, null);
    static final ValueNode TRUE = new ValueNode(BOOLEAN, Boolean.TRUE);
    static final ValueNode FALSE = new ValueNode(BOOLEAN, Boolean.FALSE);

    private final int kind;
    /** String, Number (Integer, Long, BigInteger, BigDecimal, Double or Float), Boolean, byte[] or null. */
    private final Object value;

    private ValueNode(int kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    static ValueNode string(String s) {
        return new ValueNode(STRING, s);
    }

    static ValueNode number(int v) {
        return new ValueNode(NUMBER, v);
    }

    static ValueNode number(long v) {
        return new ValueNode(NUMBER, v);
    }

    static ValueNode number(double v) {
        return new ValueNode(NUMBER, v);
    }

    static ValueNode number(float v) {
        return new ValueNode(NUMBER, v);
    }

    static ValueNode number(BigInteger v) {
        return new ValueNode(NUMBER, v);
    }

    static ValueNode number(BigDecimal v) {
        return new ValueNode(NUMBER, v);
    }

    static ValueNode bool(boolean v) {
        return v ? TRUE : FALSE;
    }

    static ValueNode binary(byte[] b) {
        return new ValueNode(BINARY, b);
    }

    // ---- what it is ----

    @Override
    public boolean isValueNode() {
        return kind != MISSING_KIND;
    }

    @Override
    public boolean isString() {
        return kind == STRING;
    }

    @Override
    public boolean isNumber() {
        return kind == NUMBER;
    }

    @Override
    public boolean isIntegralNumber() {
        return kind == NUMBER && integral();
    }

    @Override
    public boolean isInt() {
        return value instanceof Integer;
    }

    @Override
    public boolean isBoolean() {
        return kind == BOOLEAN;
    }

    @Override
    public boolean isNull() {
        return kind == NULL_KIND;
    }

    @Override
    public boolean isMissingNode() {
        return kind == MISSING_KIND;
    }

    @Override
    public boolean isBinary() {
        return kind == BINARY;
    }

    private boolean integral() {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }

    @Override
    public JsonNode deepCopy() {
        return this;
    }

    // ---- values ----

    @Override
    public String asString() {
        return switch (kind) {
            case STRING -> (String) value;
            case NUMBER, BOOLEAN -> value.toString();
            case BINARY -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> "";
        };
    }

    @Override
    public String stringValue() {
        if (kind == STRING) {
            return (String) value;
        }
        if (kind == NULL_KIND) {
            return null;
        }
        return super.stringValue();
    }

    @Override
    public boolean asBoolean() {
        switch (kind) {
            case BOOLEAN:
                return (Boolean) value;
            case NULL_KIND:
            case MISSING_KIND:
                return false;
            case NUMBER:
                if (integral()) {
                    return value instanceof BigInteger b ? b.signum() != 0 : ((Number) value).longValue() != 0;
                }
                break;
            case STRING:
                if ("true".equals(value)) {
                    return true;
                }
                if ("false".equals(value)) {
                    return false;
                }
                break;
            default:
                break;
        }
        return super.asBoolean();
    }

    @Override
    public boolean booleanValue() {
        return kind == BOOLEAN ? (Boolean) value : super.booleanValue();
    }

    @Override
    public int asInt() {
        if (kind == NULL_KIND || kind == MISSING_KIND) {
            return 0;
        }
        long v = asLongIn(Integer.MIN_VALUE, Integer.MAX_VALUE, "asInt()");
        return (int) v;
    }

    @Override
    public long asLong() {
        if (kind == NULL_KIND || kind == MISSING_KIND) {
            return 0;
        }
        return asLongIn(Long.MIN_VALUE, Long.MAX_VALUE, "asLong()");
    }

    /** asInt/asLong: integers in range, other numbers truncated when finite and in range, digit strings. */
    private long asLongIn(long min, long max, String method) {
        if (kind == NUMBER) {
            if (smallIntegral()) {
                return inRange(((Number) value).longValue(), min, max, method);
            }
            // the value itself must be in range (2147483647.9 is not an int), then it is truncated toward zero;
            // compared before any BigInteger is made, so a 1e1000000 in a document costs nothing
            BigDecimal d = exact(method);
            if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw refused(method, "value out of range");
            }
            return d.longValue();
        }
        if (kind == STRING) {
            String s = (String) value;
            if (isDigits(s)) {
                BigInteger b = new BigInteger(s.charAt(0) == '+' ? s.substring(1) : s);
                if (fits(b, min, max)) {
                    return b.longValue();
                }
            }
            throw refused(method, "not a valid integer");
        }
        throw refused(method, "not coercible");
    }

    @Override
    public int intValue() {
        return (int) valueIn(Integer.MIN_VALUE, Integer.MAX_VALUE, "intValue()");
    }

    @Override
    public long longValue() {
        return valueIn(Long.MIN_VALUE, Long.MAX_VALUE, "longValue()");
    }

    /** intValue/longValue: a number with no fractional part, in range. */
    private long valueIn(long min, long max, String method) {
        if (kind != NUMBER) {
            throw refused(method, "not a number");
        }
        if (smallIntegral()) {
            return inRange(((Number) value).longValue(), min, max, method);
        }
        BigDecimal d = exact(method);
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refused(method, "value out of range");
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw refused(method, "value has a fractional part");
        }
        return d.longValue();
    }

    private boolean smallIntegral() {
        return value instanceof Integer || value instanceof Long;
    }

    private long inRange(long v, long min, long max, String method) {
        if (v < min || v > max) {
            throw refused(method, "value out of range");
        }
        return v;
    }

    private static boolean fits(BigInteger b, long min, long max) {
        return b.bitLength() < 64 && b.longValue() >= min && b.longValue() <= max;
    }

    @Override
    public double asDouble() {
        if (kind == NUMBER) {
            return finiteDouble("asDouble()");
        }
        if (kind == NULL_KIND || kind == MISSING_KIND) {
            return 0.0;
        }
        if (kind == STRING && isDecimal((String) value)) {
            return Double.parseDouble((String) value);
        }
        return super.asDouble();
    }

    @Override
    public double doubleValue() {
        return kind == NUMBER ? finiteDouble("doubleValue()") : super.doubleValue();
    }

    /** A big number beyond double's range is refused, not made infinite; a double or float is as it is. */
    private double finiteDouble(String method) {
        double d = ((Number) value).doubleValue();
        if (Double.isInfinite(d) && (value instanceof BigDecimal || value instanceof BigInteger)) {
            throw refused(method, "value out of double range");
        }
        return d;
    }

    @Override
    public BigDecimal decimalValue() {
        if (kind != NUMBER) {
            return super.decimalValue();
        }
        return exact("decimalValue()");
    }

    /** The number as a BigDecimal (a double's shortest decimal form); NaN and infinities are refused. */
    private BigDecimal exact(String method) {
        Object v = value;
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw refused(method, "value is not finite");
            }
            return BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    @Override
    public Number numberValue() {
        return kind == NUMBER ? (Number) value : super.numberValue();
    }

    @Override
    public byte[] binaryValue() {
        if (kind == BINARY) {
            return (byte[]) value;
        }
        if (kind == STRING) {
            String s = (String) value;
            try {
                // padded base64 only, as Jackson's default variant reads it
                if (s.length() % 4 != 0) {
                    throw new IllegalArgumentException("unpadded");
                }
                return Base64.getDecoder().decode(s);
            } catch (IllegalArgumentException notBase64) {
                throw refused("binaryValue()", "not base64");
            }
        }
        return super.binaryValue();
    }

    /** {@code [+-]?digits}, the strings asInt and asLong read. */
    private static boolean isDigits(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A decimal number as written in JSON, with an optional sign (no spaces, NaN, infinities or hex). */
    private static boolean isDecimal(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == s.length();
    }

    // ---- text, equality ----

    @Override
    public String kind() {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL_KIND -> "null";
            case MISSING_KIND -> "missing node";
            default -> "binary value";
        };
    }

    @Override
    void write(StringBuilder sb) {
        switch (kind) {
            case STRING -> JsonStrings.quoteAsJackson((String) value, sb);
            case NUMBER -> {
                // as Jackson's generator: a non-finite float is written as a string
                if (value instanceof Double d && (d.isNaN() || d.isInfinite())
                        || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
                    JsonStrings.quoteAsJackson(value.toString(), sb);
                } else {
                    sb.append(value);
                }
            }
            case BOOLEAN -> sb.append(value);
            case NULL_KIND -> sb.append("null");
            case BINARY -> JsonStrings.quoteAsJackson(Base64.getEncoder().encodeToString((byte[]) value), sb);
            default -> {
                // the missing node writes nothing
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof ValueNode other) || other.kind != kind) {
            return false;
        }
        if (kind == BINARY) {
            return Arrays.equals((byte[]) value, (byte[]) other.value);
        }
        return value == null ? other.value == null
                : other.value != null && value.getClass() == other.value.getClass() && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        if (kind == BINARY) {
            return Arrays.hashCode((byte[]) value);
        }
        return value == null ? kind : value.hashCode();
    }
}
