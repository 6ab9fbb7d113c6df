package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Writes compact JSON as UTF-8 bytes into a growing buffer, putting the commas and colons itself: the request
 * side of the JSON protocols, written without jackson-core (its factory and generator are about a hundred
 * classes a fresh JVM would load for its first call). The output is what Jackson's default generator writes:
 * the short escapes for backspace, tab, newline, form feed, return, quote and backslash, other control characters
 * as six-character u-escapes with upper-case hex, everything else
 * as UTF-8; doubles as {@link Double#toString(double)}, NaN and the infinities as strings.
 */
public final class JsonWriter {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

    private byte[] buf;
    private int n;
    // per open container: whether a value was written in it (so the next one needs a comma)
    private boolean[] written = new boolean[16];
    private int depth;
    private boolean afterName;

    public JsonWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** What was written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, n);
    }

    public JsonWriter startObject() {
        beforeValue();
        open();
        put('{');
        return this;
    }

    public JsonWriter endObject() {
        depth--;
        put('}');
        return this;
    }

    public JsonWriter startArray() {
        beforeValue();
        open();
        put('[');
        return this;
    }

    public JsonWriter endArray() {
        depth--;
        put(']');
        return this;
    }

    /** A property name; the next write is its value. */
    public JsonWriter name(String name) {
        if (depth > 0 && written[depth - 1]) {
            put(',');
        }
        if (depth > 0) {
            written[depth - 1] = true;
        }
        quoted(name);
        put(':');
        afterName = true;
        return this;
    }

    public JsonWriter string(String value) {
        beforeValue();
        quoted(value);
        return this;
    }

    public JsonWriter number(long value) {
        return raw(Long.toString(value));
    }

    /** A double as Java writes it; NaN and the infinities, which JSON has no number for, as strings. */
    public JsonWriter number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return string(Double.toString(value));
        }
        return raw(Double.toString(value));
    }

    public JsonWriter number(BigDecimal value) {
        return raw(value.toString());
    }

    public JsonWriter number(BigInteger value) {
        return raw(value.toString());
    }

    /** A number's text written as it is (a caller's own Number type). */
    public JsonWriter numberText(String text) {
        return raw(text);
    }

    public JsonWriter bool(boolean value) {
        return raw(value ? "true" : "false");
    }

    public JsonWriter nullValue() {
        return raw("null");
    }

    private JsonWriter raw(String ascii) {
        beforeValue();
        int len = ascii.length();
        ensure(len);
        for (int i = 0; i < len; i++) {
            buf[n++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (written[depth - 1]) {
                put(',');
            }
            written[depth - 1] = true;
        }
    }

    private void open() {
        if (depth == written.length) {
            written = Arrays.copyOf(written, depth * 2);
        }
        written[depth++] = false;
    }

    private void quoted(String s) {
        int len = s.length();
        ensure(len + 2);
        buf[n++] = '"';
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                if (n == buf.length) {
                    ensure(1 + (len - i));
                }
                buf[n++] = (byte) c;
            } else {
                ensure(12 + (len - i));
                i = special(s, i, c);
            }
        }
        ensure(1);
        buf[n++] = '"';
    }

    /** Writes the escape or UTF-8 bytes of {@code s.charAt(i)}; the index of the last char it used. */
    private int special(String s, int i, char c) {
        if (c < 0x80) {
            buf[n++] = '\\';
            switch (c) {
                case '"': buf[n++] = '"'; break;
                case '\\': buf[n++] = '\\'; break;
                case '\b': buf[n++] = 'b'; break;
                case '\t': buf[n++] = 't'; break;
                case '\n': buf[n++] = 'n'; break;
                case '\f': buf[n++] = 'f'; break;
                case '\r': buf[n++] = 'r'; break;
                default:
                    buf[n++] = 'u';
                    buf[n++] = '0';
                    buf[n++] = '0';
                    buf[n++] = HEX[c >> 4];
                    buf[n++] = HEX[c & 0xF];
            }
            return i;
        }
        if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
                return i + 1;
            }
            throw new IllegalArgumentException("string has an unpaired surrogate (U+"
                    + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at index " + i
                    + "; it cannot be written as UTF-8");
        }
        buf[n++] = (byte) (0xE0 | (c >> 12));
        buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        buf[n++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    private void put(char c) {
        ensure(1);
        buf[n++] = (byte) c;
    }

    private void ensure(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }
}
