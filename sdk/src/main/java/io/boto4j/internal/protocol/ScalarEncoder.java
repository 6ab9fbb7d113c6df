package io.boto4j.internal.protocol;

import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.TimestampShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The text and byte forms of scalar parameter values that every serializer shares: numbers as Python prints
 * them (so a request matches botocore's byte for byte), float specials as {@code NaN}/{@code Infinity}/
 * {@code -Infinity}, booleans in lower case, blobs from bytes, strings, buffers, streams or files.
 */
public final class ScalarEncoder {
    private ScalarEncoder() {
    }

    /** True for a floating-point value that JSON and query cannot write as a number. */
    public static boolean isSpecialFloat(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite();
        }
        if (value instanceof Float f) {
            return f.isNaN() || f.isInfinite();
        }
        return false;
    }

    /** {@code NaN}, {@code Infinity} or {@code -Infinity} for a special float. */
    public static String specialFloatText(Object value) {
        double d = ((Number) value).doubleValue();
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    /** A float or double parameter as text: Python's {@code str()} of the value, specials by name. */
    public static String floatText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            if (isSpecialFloat(value)) {
                return specialFloatText(value);
            }
            return pythonFloat(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal b) {
            return b.toString();
        }
        if (value instanceof CharSequence cs) {
            return cs.toString();
        }
        return value.toString();
    }

    /**
     * Python's {@code repr} of a double: plain decimals from 1e-4 to below 1e16 (always with a fraction
     * digit), scientific notation like {@code 1e+16} outside.
     */
    public static String pythonFloat(double d) {
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e-4 && abs < 1e16) {
            String plain = exact.toPlainString();
            return plain.indexOf('.') >= 0 ? plain : plain + ".0";
        }
        BigInteger unscaled = exact.unscaledValue().abs();
        String digits = unscaled.toString();
        int exponent = digits.length() - 1 - exact.scale();
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) {
            out.append('0');
        }
        return out.append(e).toString();
    }

    /** A boolean parameter as {@code true}/{@code false}. */
    public static String booleanText(Object value) {
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return Boolean.parseBoolean(value.toString()) ? "true" : "false";
    }

    /** The bytes of a blob parameter: {@code byte[]}, a string (UTF-8), a {@link ByteBuffer}, an {@link InputStream} or a {@link Path} (read whole). */
    public static byte[] blobBytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof CharSequence cs) {
            return cs.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof ByteBuffer bb) {
            ByteBuffer copy = bb.duplicate();
            byte[] out = new byte[copy.remaining()];
            copy.get(out);
            return out;
        }
        try {
            if (value instanceof InputStream in) {
                return in.readAllBytes();
            }
            if (value instanceof Path p) {
                return Files.readAllBytes(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob parameter", e);
        }
        throw new IllegalArgumentException("not a blob: " + value.getClass().getName());
    }

    public static String base64(Object blob) {
        return Base64.getEncoder().encodeToString(blobBytes(blob));
    }

    /**
     * A scalar as it goes into a URI label or a query string (rest protocols): booleans in lower case,
     * timestamps in their format (ISO 8601 unless overridden), floats as Python prints them.
     */
    public static String uriOrQueryText(Object value, Shape shape) {
        if (shape instanceof TimestampShape) {
            String format = shape.timestampFormat();
            return TimestampFormats.format(TimestampFormats.toInstant(value),
                    format == null ? TimestampFormats.ISO8601 : format);
        }
        if (shape instanceof ScalarShape s) {
            if (s.isBoolean()) {
                return booleanText(value);
            }
            if (s.isFloatingPoint()) {
                return floatText(value);
            }
        }
        if (value instanceof byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }
        return value.toString();
    }
}
