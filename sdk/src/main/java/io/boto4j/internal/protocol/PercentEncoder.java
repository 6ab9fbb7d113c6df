package io.boto4j.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Percent-encoding as botocore does it for URLs: UTF-8, every byte except letters, digits and {@code -._~}
 * encoded (so a space is {@code %20} and {@code :} is {@code %3A}); greedy path labels keep {@code /}.
 * Form bodies (query, ec2) use {@link #encodeForm} instead, where a space is {@code +}.
 */
public final class PercentEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoder() {
    }

    /** Encodes every character but {@code A-Za-z0-9-._~}. */
    public static String encode(String s) {
        return encode(s, false);
    }

    /** Encodes a path label; a greedy label ({@code {Key+}}) keeps its slashes. */
    public static String encode(String s, boolean keepSlash) {
        if (isUnreservedOnly(s, keepSlash)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        appendEncoded(out, s, keepSlash, false);
        return out.toString();
    }

    private static boolean isUnreservedOnly(String s, boolean keepSlash) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || !(UNRESERVED[c] || keepSlash && c == '/')) {
                return false;
            }
        }
        return true;
    }

    private static void appendEncoded(StringBuilder out, String s, boolean keepSlash, boolean spaceAsPlus) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            // copy the longest run that needs no encoding in one append
            int run = i;
            while (run < n) {
                char c = s.charAt(run);
                if (c >= 128 || !(UNRESERVED[c] || keepSlash && c == '/')) {
                    break;
                }
                run++;
            }
            if (run > i) {
                out.append(s, i, run);
                i = run;
                if (i == n) {
                    return;
                }
            }
            char c = s.charAt(i);
            if (c < 128) {
                if (spaceAsPlus && c == ' ') {
                    out.append('+');
                } else {
                    appendByte(out, c);
                }
                i++;
            } else {
                // non-ASCII: encode the UTF-8 bytes of this run of non-ASCII characters
                int end = i + 1;
                while (end < n && s.charAt(end) >= 128) {
                    end++;
                }
                for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF);
                }
                i = end;
            }
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    /** {@code k1=v1&k2=v2}, both sides encoded by {@link #encode(String)}, in the given order. */
    public static String encodeQuery(List<Map.Entry<String, String>> params) {
        StringBuilder out = new StringBuilder(params.size() * 16);
        for (Map.Entry<String, String> e : params) {
            if (out.length() > 0) {
                out.append('&');
            }
            appendEncoded(out, e.getKey(), false, false);
            out.append('=');
            appendEncoded(out, e.getValue(), false, false);
        }
        return out.toString();
    }

    /**
     * {@code application/x-www-form-urlencoded} as Python's {@code urlencode} writes it for query and ec2
     * bodies: letters, digits and {@code -._~} kept, space as {@code +}, everything else percent-encoded.
     */
    public static String encodeForm(List<Map.Entry<String, String>> params) {
        StringBuilder out = new StringBuilder(params.size() * 24);
        for (Map.Entry<String, String> e : params) {
            if (out.length() > 0) {
                out.append('&');
            }
            appendEncoded(out, e.getKey(), false, true);
            out.append('=');
            appendEncoded(out, e.getValue(), false, true);
        }
        return out.toString();
    }
}
