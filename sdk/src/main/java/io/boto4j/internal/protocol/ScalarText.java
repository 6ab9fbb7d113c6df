package io.boto4j.internal.protocol;

import io.boto4j.model.ListShape;
import io.boto4j.model.Shape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;

/**
 * Converts the text form of a scalar (an XML element's text, a header value, a query-compatible field) to the
 * value boto4j returns for the shape's type.
 */
public final class ScalarText {
    private ScalarText() {
    }

    /**
     * The scalar types by how their text converts. Readers of large bodies resolve a shape's kind once, since
     * matching the type name costs a String switch per value.
     */
    public enum Kind { TEXT, INTEGER, LONG, BIG_INTEGER, BIG_DECIMAL, DOUBLE, FLOAT, BOOLEAN, TIMESTAMP, BLOB }

    /** How {@code shape}'s text converts; any type without a conversion (string, enum-like, unknown) is TEXT. */
    public static Kind kindOf(Shape shape) {
        return switch (shape.type()) {
            case "integer", "byte", "short" -> Kind.INTEGER;
            case "long" -> Kind.LONG;
            case "biginteger" -> Kind.BIG_INTEGER;
            case "bigdecimal" -> Kind.BIG_DECIMAL;
            case "double" -> Kind.DOUBLE;
            case "float" -> Kind.FLOAT;
            case "boolean" -> Kind.BOOLEAN;
            case "timestamp" -> Kind.TIMESTAMP;
            case "blob" -> Kind.BLOB;
            default -> Kind.TEXT;
        };
    }

    /** The value of {@code text} as {@code shape}'s type; a malformed number or date raises IllegalArgumentException. */
    public static Object convert(Shape shape, String text) {
        return convert(kindOf(shape), text);
    }

    /** The value of {@code text} as a {@code kind}; a malformed number or date raises IllegalArgumentException. */
    public static Object convert(Kind kind, String text) {
        return switch (kind) {
            case TEXT -> text;
            case INTEGER -> Integer.valueOf(text.trim());
            case LONG -> Long.valueOf(text.trim());
            case BIG_INTEGER -> new BigInteger(text.trim());
            case BIG_DECIMAL -> new BigDecimal(text.trim());
            case DOUBLE -> parseDouble(text);
            case FLOAT -> (float) parseDouble(text);
            case BOOLEAN -> "true".equalsIgnoreCase(text.trim());
            case TIMESTAMP -> TimestampParsing.parse(text);
            case BLOB -> decodeBase64(text);
        };
    }

    /**
     * The value of the ASCII text {@code b[from, to)} as a {@code kind}, read without a String, or null when the
     * text is not in its plain form (an optional '-' and up to 18 digits; {@code true}/{@code false}; an ISO UTC
     * timestamp) or the kind has no such form: then {@link #convert(Kind, String)} decides, errors included.
     */
    public static Object convertPlain(Kind kind, byte[] b, int from, int to) {
        return switch (kind) {
            case INTEGER -> {
                long v = plainLong(b, from, to);
                yield v == NOT_PLAIN || v != (int) v ? null : Integer.valueOf((int) v);
            }
            case LONG -> {
                long v = plainLong(b, from, to);
                yield v == NOT_PLAIN ? null : Long.valueOf(v);
            }
            case BOOLEAN -> plainBoolean(b, from, to);
            case TIMESTAMP -> TimestampParsing.parseIsoUtc(b, from, to);
            default -> null;
        };
    }

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /** At most 18 digits cannot overflow a long, so no check per digit is needed. */
    private static long plainLong(byte[] b, int from, int to) {
        boolean negative = from < to && b[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to || to - i > 18) {
            return NOT_PLAIN;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_PLAIN;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private static Boolean plainBoolean(byte[] b, int from, int to) {
        int n = to - from;
        if (n == 4 && b[from] == 't' && b[from + 1] == 'r' && b[from + 2] == 'u' && b[from + 3] == 'e') {
            return Boolean.TRUE;
        }
        if (n == 5 && b[from] == 'f' && b[from + 1] == 'a' && b[from + 2] == 'l' && b[from + 3] == 's'
                && b[from + 4] == 'e') {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Floats as services write them, including NaN, Infinity and -Infinity (and Python's inf spellings). */
    public static double parseDouble(String text) {
        String t = text.trim();
        switch (t) {
            case "NaN", "nan":
                return Double.NaN;
            case "Infinity", "inf", "+Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(t);
        }
    }

    /** Base64, tolerating line breaks and missing padding as services send it. */
    public static byte[] decodeBase64(String text) {
        return Base64.getMimeDecoder().decode(text);
    }

    /** Splits at commas outside double quotes; quoted items lose their quotes and escapes (RFC 7230 lists). */
    private static String[] splitQuoted(String value) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    item.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    item.append(c);
                }
            } else if (c == '"' && item.toString().isBlank()) {
                item.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                out.add(wasQuoted ? item.toString() : item.toString().trim());
                item.setLength(0);
                wasQuoted = false;
            } else if (!(wasQuoted && Character.isWhitespace(c))) {
                item.append(c);
            }
        }
        out.add(wasQuoted ? item.toString() : item.toString().trim());
        return out.toArray(new String[0]);
    }

    /** A header list value split at commas; dates in RFC 822 form keep the comma after their weekday. */
    public static String[] splitHeaderList(ListShape shape, String value) {
        boolean httpDates = "timestamp".equals(shape.member().type());
        if (!httpDates) {
            return splitQuoted(value);
        }
        String[] parts = value.split(",");
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() == 3 && Character.isLetter(p.charAt(0)) && i + 1 < parts.length) {
                p = p + ", " + parts[++i].trim();
            }
            out.add(p);
        }
        return out.toArray(new String[0]);
    }
}
