package io.boto4j.internal.json;

/**
 * JSON string literals written into a {@code StringBuilder}, in the two spellings the SDK must match byte for
 * byte: Jackson's (a tree's text) and Python's {@code json.dumps} (what botocore signs, prints or encodes: JMESPath's
 * {@code to_string}, pagination tokens, POST policies). Both use the short escapes for quote, backslash, newline,
 * return, tab, backspace and form feed, and six-character u-escapes for the other control characters; Jackson
 * writes the hex digits upper-case, Python lower-case and, with {@code ensure_ascii}, escapes everything outside
 * printable ASCII as well.
 */
public final class JsonStrings {
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
    private static final char[] LOWER = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /** {@code s} as Jackson writes it. */
    public static void quoteAsJackson(String s, StringBuilder sb) {
        quote(s, sb, UPPER, false);
    }

    /** {@code s} as Python's {@code json.dumps(s, ensure_ascii=ensureAscii)} writes it. */
    public static void quoteAsPython(String s, StringBuilder sb, boolean ensureAscii) {
        quote(s, sb, LOWER, ensureAscii);
    }

    private static void quote(String s, StringBuilder sb, char[] hex, boolean ensureAscii) {
        sb.append('"');
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && (!ensureAscii || c <= 0x7e)) {
                continue;
            }
            sb.append(s, runStart, i);
            runStart = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append("\\u").append(hex[c >> 12]).append(hex[(c >> 8) & 0xF]).append(hex[(c >> 4) & 0xF])
                        .append(hex[c & 0xF]);
            }
        }
        sb.append(s, runStart, s.length()).append('"');
    }
}
