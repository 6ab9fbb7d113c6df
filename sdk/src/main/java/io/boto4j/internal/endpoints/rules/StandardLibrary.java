package io.boto4j.internal.endpoints.rules;

import java.nio.charset.StandardCharsets;

/** The string functions of the rule-set standard library, with botocore's edge cases. */
final class StandardLibrary {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StandardLibrary() {
    }

    static boolean isValidHostLabel(String value, Object allowSubDomains) {
        if (value == null) {
            return false;
        }
        if (Boolean.TRUE.equals(allowSubDomains)) {
            int start = 0;
            while (true) {
                int dot = value.indexOf('.', start);
                int end = dot < 0 ? value.length() : dot;
                if (!isLabel(value, start, end)) {
                    return false;
                }
                if (dot < 0) {
                    return true;
                }
                start = dot + 1;
            }
        }
        return isLabel(value, 0, value.length());
    }

    /** RFC 1123 label: 1-63 of [A-Za-z0-9-], not starting or ending with '-'. */
    private static boolean isLabel(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean isVirtualHostableS3Bucket(String value, Object allowSubDomains) {
        if (value == null || value.length() < 3 || isIpv4Shaped(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return isValidHostLabel(value, allowSubDomains);
    }

    /** Four dot-separated runs of 1-3 digits (botocore's IPV4_RE, without the regex on the hot path). */
    static boolean isIpv4Shaped(String s) {
        int groups = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0 && groups < 3) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups == 3 && digits > 0;
    }

    static String substring(Object value, int start, int stop, boolean reverse) {
        if (!(value instanceof String s)) {
            throw new RuleSetError("Input must be a string, not " + Values.pythonType(value) + ".");
        }
        if (start >= stop || s.length() < stop || !isAscii(s)) {
            return null;
        }
        return reverse ? s.substring(s.length() - stop, s.length() - start) : s.substring(start, stop);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String uriEncode(String value) {
        if (value == null) {
            return null;
        }
        return percentEncode(value, "-_.~");
    }

    static String percentEncode(String value, String safe) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || safe.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }
}
