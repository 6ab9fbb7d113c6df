package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.exc.StreamReadException;

/**
 * A strict JSON (RFC 8259) tokenizer over UTF-8 bytes, read in place: no copy of the input, and strings made
 * straight from the bytes when they hold no escape. It accepts what Jackson's default parser accepts and rejects
 * what it rejects (comments, single quotes, leading zeros, NaN, trailing commas, unescaped control characters,
 * malformed UTF-8), with the same limits: 500 levels of nesting, numbers of at most 10,000 characters.
 *
 * <p>Written for start-up as much as for speed: jackson-core's factory and parser bring about a hundred classes
 * that a fresh JVM loads and verifies before its first JSON call; this is one class.
 */
public final class JsonReader implements TokenStream {
    static final int MAX_DEPTH = 500;
    static final int MAX_NUMBER_LENGTH = 10_000;

    // what the current container expects next
    private static final int START = 0;
    private static final int AFTER_VALUE = 1;
    private static final int AFTER_NAME = 2;

    private final byte[] b;
    private final int begin;
    private final int end;
    private int pos;
    private Token current;
    private String name;
    private String string;
    private int numberStart;
    private int numberEnd;
    private boolean[] objects = new boolean[16]; // per open container: an object (else an array)
    private int depth;
    private int state = START;
    private char[] chars;

    public JsonReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public JsonReader(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " of " + bytes.length);
        }
        this.b = bytes;
        this.begin = offset;
        this.end = offset + length;
        // a UTF-8 byte order mark is skipped, as Jackson does
        this.pos = length >= 3 && (bytes[offset] & 0xFF) == 0xEF && (bytes[offset + 1] & 0xFF) == 0xBB
                && (bytes[offset + 2] & 0xFF) == 0xBF ? offset + 3 : offset;
    }

    @Override
    public Token next() {
        int c = skipWhitespace();
        if (depth == 0) {
            if (c < 0) {
                return current = null;
            }
            return value(c);
        }
        boolean object = objects[depth - 1];
        if (c < 0) {
            throw error("unexpected end of input inside " + (object ? "an object" : "an array"));
        }
        if (state == AFTER_NAME) {
            return value(c);
        }
        if (c == (object ? '}' : ']')) {
            pos++;
            depth--;
            state = AFTER_VALUE;
            return current = object ? Token.END_OBJECT : Token.END_ARRAY;
        }
        if (state == AFTER_VALUE) {
            if (c != ',') {
                throw error("expected ',' or '" + (object ? '}' : ']') + "' but found " + describe(c));
            }
            pos++;
            c = skipWhitespace();
            if (c < 0) {
                throw error("unexpected end of input after ','");
            }
        }
        if (!object) {
            return value(c);
        }
        if (c != '"') {
            throw error("expected a property name in double quotes but found " + describe(c));
        }
        pos++;
        name = readString();
        c = skipWhitespace();
        if (c != ':') {
            throw error("expected ':' after property name \"" + name + "\" but found " + describe(c));
        }
        pos++;
        state = AFTER_NAME;
        return current = Token.NAME;
    }

    private Token value(int c) {
        state = AFTER_VALUE;
        switch (c) {
            case '{':
                pos++;
                push(true);
                return current = Token.START_OBJECT;
            case '[':
                pos++;
                push(false);
                return current = Token.START_ARRAY;
            case '"':
                pos++;
                string = readString();
                return current = Token.STRING;
            case 't':
                literal("true");
                return current = Token.TRUE;
            case 'f':
                literal("false");
                return current = Token.FALSE;
            case 'n':
                literal("null");
                return current = Token.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return current = number();
                }
                throw error("expected a value but found " + describe(c));
        }
    }

    private void push(boolean object) {
        if (depth == MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (depth == objects.length) {
            boolean[] grown = new boolean[depth * 2];
            System.arraycopy(objects, 0, grown, 0, depth);
            objects = grown;
        }
        objects[depth++] = object;
        state = START;
    }

    private void literal(String word) {
        int n = word.length();
        if (end - pos < n || !matches(word)) {
            throw error("unrecognized token " + token() + ": expected true, false, null, a number, a string, "
                    + "an object or an array");
        }
        if (pos + n < end && isWordByte(b[pos + n])) {
            throw error("unrecognized token " + token());
        }
        pos += n;
    }

    private boolean matches(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (b[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The word at the read position, for an error message. */
    private String token() {
        int e = pos;
        while (e < end && e - pos < 40 && isWordByte(b[e])) {
            e++;
        }
        return "'" + new String(b, pos, Math.max(1, e - pos), StandardCharsets.UTF_8) + "'";
    }

    private static boolean isWordByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c < 0;
    }

    private Token number() {
        int start = pos;
        if (b[pos] == '-') {
            pos++;
        }
        if (pos >= end || b[pos] < '0' || b[pos] > '9') {
            throw error("expected a digit after '-'");
        }
        if (b[pos] == '0' && pos + 1 < end && b[pos + 1] >= '0' && b[pos + 1] <= '9') {
            throw error("leading zeros are not allowed in a number");
        }
        digits();
        boolean fraction = false;
        if (pos < end && b[pos] == '.') {
            pos++;
            if (pos >= end || b[pos] < '0' || b[pos] > '9') {
                throw error("expected a digit after the decimal point");
            }
            digits();
            fraction = true;
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            if (pos >= end || b[pos] < '0' || b[pos] > '9') {
                throw error("expected a digit in the exponent");
            }
            digits();
            fraction = true;
        }
        if (pos < end && (isWordByte(b[pos]) || b[pos] == '.')) {
            throw error("unexpected character " + describe(b[pos] & 0xFF) + " in a number");
        }
        if (depth == 0 && pos < end && b[pos] != ' ' && b[pos] != '\n' && b[pos] != '\r' && b[pos] != '\t') {
            // a top-level number must end the text or be followed by white space, as Jackson requires
            throw error("expected white space after a top-level number but found " + describe(b[pos] & 0xFF));
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw error("number longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        numberStart = start;
        numberEnd = pos;
        return fraction ? Token.FLOAT : Token.INT;
    }

    private void digits() {
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
    }

    /** The string whose opening quote was just read; the position ends after its closing quote. */
    private String readString() {
        int start = pos;
        for (int i = pos; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                // bytes below 0x80 only, so ISO-8859-1 is their UTF-8 decoding (and the cheapest String to make)
                return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (c == '\\' || c < 0x20) { // a negative byte is a multi-byte UTF-8 sequence
                return readEscapedString(start, i);
            }
        }
        pos = end;
        throw error("unexpected end of input inside a string");
    }

    private String readEscapedString(int start, int from) {
        int capacity = Math.max(16, (from - start) + 16);
        if (chars == null || chars.length < capacity) {
            chars = new char[Math.max(capacity, chars == null ? 64 : chars.length * 2)];
        }
        char[] out = chars;
        int n = 0;
        for (int i = start; i < from; i++) {
            out[n++] = (char) b[i];
        }
        int i = from;
        while (true) {
            if (i >= end) {
                pos = end;
                throw error("unexpected end of input inside a string");
            }
            if (n + 2 > out.length) {
                char[] grown = new char[out.length * 2];
                System.arraycopy(out, 0, grown, 0, n);
                out = grown;
                chars = grown;
            }
            int c = b[i] & 0xFF;
            if (c == '"') {
                pos = i + 1;
                return new String(out, 0, n);
            }
            if (c == '\\') {
                pos = i;
                if (i + 1 >= end) {
                    throw error("unexpected end of input inside a string");
                }
                int e = b[i + 1];
                i += 2;
                switch (e) {
                    case '"': out[n++] = '"'; break;
                    case '\\': out[n++] = '\\'; break;
                    case '/': out[n++] = '/'; break;
                    case 'b': out[n++] = '\b'; break;
                    case 'f': out[n++] = '\f'; break;
                    case 'n': out[n++] = '\n'; break;
                    case 'r': out[n++] = '\r'; break;
                    case 't': out[n++] = '\t'; break;
                    case 'u':
                        if (i + 4 > end) {
                            throw error("unexpected end of input in a \\u escape");
                        }
                        int v = 0;
                        for (int k = 0; k < 4; k++) {
                            int h = hex(b[i + k]);
                            if (h < 0) {
                                pos = i + k;
                                throw error("expected a hex digit in a \\u escape but found "
                                        + describe(b[i + k] & 0xFF));
                            }
                            v = (v << 4) | h;
                        }
                        i += 4;
                        out[n++] = (char) v;
                        break;
                    default:
                        throw error("unrecognized escape '\\" + (char) (e & 0xFF) + "' in a string");
                }
            } else if (c < 0x20) {
                pos = i;
                throw error("control character (code " + c + ") in a string; it must be escaped");
            } else if (c < 0x80) {
                out[n++] = (char) c;
                i++;
            } else {
                pos = i;
                int cp;
                int len;
                if (c >= 0xC2 && c <= 0xDF) {
                    len = 2;
                    cp = c & 0x1F;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    len = 3;
                    cp = c & 0x0F;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    len = 4;
                    cp = c & 0x07;
                } else {
                    throw error("invalid UTF-8 start byte 0x" + Integer.toHexString(c));
                }
                if (i + len > end) {
                    throw error("truncated UTF-8 sequence");
                }
                for (int k = 1; k < len; k++) {
                    int cont = b[i + k] & 0xFF;
                    if ((cont & 0xC0) != 0x80) {
                        pos = i + k;
                        throw error("invalid UTF-8 continuation byte 0x" + Integer.toHexString(cont));
                    }
                    cp = (cp << 6) | (cont & 0x3F);
                }
                if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
                        || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
                    throw error("invalid UTF-8 sequence");
                }
                i += len;
                if (cp >= 0x10000) {
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                } else {
                    out[n++] = (char) cp;
                }
            }
        }
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private int skipWhitespace() {
        while (pos < end) {
            byte c = b[pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                return c & 0xFF;
            }
        }
        return -1;
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String text() {
        if (current == null) {
            return null;
        }
        switch (current) {
            case STRING:
                return string;
            case NAME:
                return name;
            case INT:
            case FLOAT:
                return numberText();
            case TRUE:
                return "true";
            case FALSE:
                return "false";
            case NULL:
                return "null";
            case START_OBJECT:
                return "{";
            case END_OBJECT:
                return "}";
            case START_ARRAY:
                return "[";
            case END_ARRAY:
                return "]";
            default:
                return null;
        }
    }

    private String numberText() {
        return new String(b, numberStart, numberEnd - numberStart, StandardCharsets.ISO_8859_1);
    }

    private void requireNumber() {
        if (current != Token.INT && current != Token.FLOAT) {
            throw error("current token (" + current + ") is not a number");
        }
    }

    @Override
    public int intValue() {
        long v = longValue();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error("numeric value (" + numberText() + ") out of range of int");
        }
        return (int) v;
    }

    @Override
    public long longValue() {
        requireNumber();
        if (current == Token.INT) {
            int len = numberEnd - numberStart;
            if (len <= 18) { // at most 18 digits (and a sign) always fit a long
                boolean negative = b[numberStart] == '-';
                long v = 0;
                for (int i = negative ? numberStart + 1 : numberStart; i < numberEnd; i++) {
                    v = v * 10 + (b[i] - '0');
                }
                return negative ? -v : v;
            }
            BigInteger big = new BigInteger(numberText());
            if (big.bitLength() > 63) {
                throw error("numeric value (" + numberText() + ") out of range of long");
            }
            return big.longValue();
        }
        double d = doubleValue();
        if (d < Long.MIN_VALUE || d > Long.MAX_VALUE || Double.isNaN(d)) {
            throw error("numeric value (" + numberText() + ") out of range of long");
        }
        return (long) d;
    }

    @Override
    public BigInteger bigIntegerValue() {
        requireNumber();
        return current == Token.INT ? new BigInteger(numberText()) : decimalValue().toBigInteger();
    }

    @Override
    public BigDecimal decimalValue() {
        requireNumber();
        return new BigDecimal(numberText());
    }

    @Override
    public double doubleValue() {
        requireNumber();
        double d = Double.parseDouble(numberText());
        // an integer has no negative zero: "-0" is 0, as Jackson converts it
        return current == Token.INT && d == 0 ? 0.0 : d;
    }

    @Override
    public float floatValue() {
        requireNumber();
        float f = Float.parseFloat(numberText());
        return current == Token.INT && f == 0 ? 0.0f : f;
    }

    @Override
    public Number numberValue() {
        requireNumber();
        if (current == Token.FLOAT) {
            return doubleValue();
        }
        int len = numberEnd - numberStart;
        if (len <= 9) {
            return (int) longValue();
        }
        if (len <= 18) {
            long v = longValue();
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Number) (int) v : (Number) v;
        }
        BigInteger big = new BigInteger(numberText());
        if (big.bitLength() <= 31) {
            return big.intValue();
        }
        return big.bitLength() <= 63 ? (Number) big.longValue() : (Number) big;
    }

    @Override
    public byte[] binaryValue() {
        throw error("JSON text has no binary values (current token " + current + ")");
    }

    @Override
    public void skipChildren() {
        if (current != Token.START_OBJECT && current != Token.START_ARRAY) {
            return;
        }
        int open = 1;
        while (open > 0) {
            Token t = next();
            if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
                open++;
            } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
                open--;
            }
        }
    }

    private static String describe(int c) {
        if (c < 0) {
            return "the end of input";
        }
        if (c >= 0x20 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return "byte 0x" + Integer.toHexString(c);
    }

    /** A syntax error at the read position, with its line and column (1-based) in the text. */
    private StreamReadException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = begin; i < pos && i < end; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else if ((b[i] & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
                column++;
            }
        }
        return new StreamReadException("Invalid JSON at line " + line + ", column " + column + ": " + what);
    }
}
