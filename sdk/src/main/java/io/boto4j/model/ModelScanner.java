package io.boto4j.model;

import io.boto4j.exception.ModelError;
import java.util.Arrays;

/**
 * One validating pass over the bytes of a {@code service-2.json} that builds no values: it checks the whole
 * document is well-formed JSON and records where {@code metadata} is and where each operation and shape
 * starts and ends. A broken file therefore fails when the model is created, with the file, line and column,
 * rather than later on the first call that happens to touch the broken part.
 */
final class ModelScanner {
    private static final int MAX_DEPTH = 512;
    private static final byte[] EXCEPTION_KEY = "exception".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Bytes that need no attention inside a string: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private final byte[] b;
    private final String origin;
    private int pos;

    int metadataStart = -1;
    int metadataEnd = -1;
    /** Per entry: key start, key end (inside the quotes), value start, value end. */
    Section operations = new Section();
    Section shapes = new Section();

    /** The byte ranges of one top-level section's entries, in file order. */
    static final class Section {
        int[] ranges = new int[64];
        int count;
        /** Entries whose key has an escape or a non-ASCII byte: they cannot be compared byte for char. */
        boolean[] complexKey;
        /** Shapes with {@code "exception": true}. */
        boolean[] exception;

        private void add(int keyStart, int keyEnd, int valueStart, int valueEnd, boolean complex, boolean isException) {
            if ((count + 1) * 4 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            int i = count * 4;
            ranges[i] = keyStart;
            ranges[i + 1] = keyEnd;
            ranges[i + 2] = valueStart;
            ranges[i + 3] = valueEnd;
            if (complex) {
                complexKey = mark(complexKey, count);
            }
            if (isException) {
                exception = mark(exception, count);
            }
            count++;
        }

        private static boolean[] mark(boolean[] flags, int index) {
            boolean[] f = flags == null ? new boolean[Math.max(64, index + 1)] : flags;
            if (index >= f.length) {
                f = Arrays.copyOf(f, Math.max(f.length * 2, index + 1));
            }
            f[index] = true;
            return f;
        }

        void trim() {
            ranges = Arrays.copyOf(ranges, count * 4);
            if (complexKey != null) {
                complexKey = Arrays.copyOf(complexKey, count);
            }
            if (exception != null) {
                exception = Arrays.copyOf(exception, count);
            }
        }
    }

    ModelScanner(byte[] bytes, String origin) {
        this.b = bytes;
        this.origin = origin;
    }

    void scan() {
        skipBom();
        skipWs();
        expect('{', "the model must be a JSON object");
        skipWs();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                int keyStart = pos + 1;
                boolean complex = string();
                int keyEnd = pos - 1;
                skipWs();
                expect(':', "expected ':' after a key");
                skipWs();
                if (!complex && keyIs(keyStart, keyEnd, "metadata")) {
                    metadataStart = pos;
                    value(1);
                    metadataEnd = pos;
                } else if (!complex && keyIs(keyStart, keyEnd, "operations")) {
                    section(operations, false);
                } else if (!complex && keyIs(keyStart, keyEnd, "shapes")) {
                    section(shapes, true);
                } else {
                    value(1);
                }
                skipWs();
                if (peek() == ',') {
                    pos++;
                    skipWs();
                    continue;
                }
                expect('}', "expected ',' or '}' in the model object");
                break;
            }
        }
        skipWs();
        if (pos < b.length) {
            throw error("trailing content after the model object");
        }
        operations.trim();
        shapes.trim();
    }

    private void section(Section into, boolean detectExceptions) {
        String name = into == shapes ? "shapes" : "operations";
        if (peek() != '{') {
            throw error("'" + name + "' must be an object");
        }
        pos++;
        skipWs();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            int keyStart = pos + 1;
            boolean complex = string();
            int keyEnd = pos - 1;
            skipWs();
            expect(':', "expected ':' after a key");
            skipWs();
            int valueStart = pos;
            if (peek() != '{') {
                throw error("an entry of '" + name + "' must be an object");
            }
            boolean isException = detectExceptions ? objectNotingException() : skipValueReturningFalse();
            into.add(keyStart, keyEnd, valueStart, pos, complex, isException);
            skipWs();
            if (peek() == ',') {
                pos++;
                skipWs();
                continue;
            }
            expect('}', "expected ',' or '}' in '" + name + "'");
            return;
        }
    }

    private boolean skipValueReturningFalse() {
        value(2);
        return false;
    }

    /** Skips a shape object, noting whether it has {@code "exception": true} among its own keys. */
    private boolean objectNotingException() {
        pos++;
        skipWs();
        boolean isException = false;
        if (peek() == '}') {
            pos++;
            return false;
        }
        while (true) {
            int keyStart = pos + 1;
            boolean complex = string();
            int keyEnd = pos - 1;
            skipWs();
            expect(':', "expected ':' after a key");
            skipWs();
            if (!complex && keyEnd - keyStart == EXCEPTION_KEY.length
                    && Arrays.equals(b, keyStart, keyEnd, EXCEPTION_KEY, 0, EXCEPTION_KEY.length)
                    && peek() == 't') {
                isException = true;
            }
            value(3);
            skipWs();
            if (peek() == ',') {
                pos++;
                skipWs();
                continue;
            }
            expect('}', "expected ',' or '}' in an object");
            return isException;
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        switch (peek()) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object(int depth) {
        pos++;
        skipWs();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            if (peek() != '"') {
                throw error("expected a key (a string)");
            }
            string();
            skipWs();
            expect(':', "expected ':' after a key");
            skipWs();
            value(depth + 1);
            skipWs();
            if (peek() == ',') {
                pos++;
                skipWs();
                continue;
            }
            expect('}', "expected ',' or '}' in an object");
            return;
        }
    }

    private void array(int depth) {
        pos++;
        skipWs();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value(depth + 1);
            skipWs();
            if (peek() == ',') {
                pos++;
                skipWs();
                continue;
            }
            expect(']', "expected ',' or ']' in an array");
            return;
        }
    }

    /** Skips a string; true if it has an escape or a non-ASCII byte. */
    private boolean string() {
        if (peek() != '"') {
            throw error("expected a string");
        }
        pos++;
        boolean complex = false;
        byte[] a = b;
        int n = a.length;
        int p = pos;
        boolean[] plain = PLAIN;
        while (p < n) {
            byte c = a[p];
            if (plain[c & 0xff]) {
                p++;
                continue;
            }
            if (c == '"') {
                pos = p + 1;
                return complex;
            }
            if (c == '\\') {
                complex = true;
                if (p + 1 >= n) {
                    break;
                }
                byte e = a[p + 1];
                if (e == 'u') {
                    if (p + 5 >= n) {
                        break;
                    }
                    for (int i = p + 2; i < p + 6; i++) {
                        if (Character.digit(a[i], 16) < 0) {
                            pos = i;
                            throw error("bad \\u escape in a string");
                        }
                    }
                    p += 6;
                    continue;
                }
                if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                    pos = p;
                    throw error("bad escape in a string");
                }
                p += 2;
                continue;
            }
            if (c >= 0 && c < 0x20) {
                pos = p;
                throw error("control character in a string");
            }
            if (c < 0) {
                complex = true;
            }
            p++;
        }
        pos = n;
        throw error("unterminated string");
    }

    private void literal(String word) {
        int len = word.length();
        if (pos + len > b.length) {
            pos = b.length;
            throw error("unexpected end of data");
        }
        for (int i = 0; i < len; i++) {
            if (b[pos + i] != word.charAt(i)) {
                throw error("unexpected character");
            }
        }
        pos += len;
    }

    private void number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int intStart = pos;
        int digits = digits();
        if (digits == 0) {
            pos = start;
            throw error("unexpected character");
        }
        if (digits > 1 && b[intStart] == '0') {
            pos = intStart;
            throw error("number with a leading zero");
        }
        if (pos < b.length && b[pos] == '.') {
            pos++;
            if (digits() == 0) {
                throw error("bad number");
            }
        }
        if (pos < b.length && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (pos < b.length && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw error("bad number");
            }
        }
    }

    private int digits() {
        int start = pos;
        while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        return pos - start;
    }

    private boolean keyIs(int start, int end, String key) {
        if (end - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (b[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int peek() {
        if (pos >= b.length) {
            throw error("a value or delimiter expected");
        }
        return b[pos];
    }

    private void expect(char c, String message) {
        if (peek() != c) {
            throw error(message);
        }
        pos++;
    }

    private void skipWs() {
        byte[] a = b;
        int p = pos;
        while (p < a.length) {
            byte c = a[p];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            p++;
        }
        pos = p;
    }

    private void skipBom() {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            pos = 3;
        }
    }

    private ModelError error(String what) {
        int line = 1;
        int column = 1;
        int end = Math.min(pos, b.length);
        for (int i = 0; i < end; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String problem = pos >= b.length ? "unexpected end of data (truncated file?): " + what : what;
        return new ModelError("Invalid model file " + origin + ": " + problem + " at line " + line + ", column "
                + column + " (byte " + pos + " of " + b.length + ")");
    }
}
