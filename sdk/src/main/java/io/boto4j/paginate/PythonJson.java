package io.boto4j.paginate;

import io.boto4j.internal.json.JsonStrings;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults ({@code ", "} and {@code ": "}
 * separators, non-ASCII escaped), so a resume token boto4j encodes is byte for byte the one boto3 would.
 */
final class PythonJson {
    private PythonJson() {
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    private static void write(Object value, StringBuilder sb) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (value instanceof String s) {
            JsonStrings.quoteAsPython(s, sb, true);
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            // a decimal in a token was a float on the Python side: Python writes it with float repr
            sb.append(floatRepr(((Number) value).doubleValue()));
        } else if (value instanceof Number n) {
            sb.append(n);
        } else if (value instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                JsonStrings.quoteAsPython(String.valueOf(e.getKey()), sb, true);
                sb.append(": ");
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (value instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else if (value instanceof Instant i) {
            // Python's json cannot write a datetime at all; ISO-8601 is what a timestamp parameter accepts back
            JsonStrings.quoteAsPython(i.toString(), sb, true);
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " into a pagination token");
        }
    }

    /** Python's {@code repr} of a float: shortest round-trip digits, exponent from 1e16 up and below 1e-4. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= 16 || exponent < -4) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return sign + mantissa + "e" + exp;
        }
        String plain = exact.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }
}
