package io.boto4j.internal.endpoints.rules;

import io.boto4j.internal.util.UriPaths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code parseURL}: splits an http(s) URL without a query into scheme, authority, path, normalized path and
 * whether the host is an IP address. Follows Python's {@code urlparse} splitting, which botocore uses.
 */
final class ParsedUrl {
    /**
     * An IPv6 literal, as RFC 3986 writes it with an optional zone id. Compiled on the first bracketed host, not
     * with the class: {@code parseURL} runs for every custom endpoint URL (S3's rules ask for it), and the
     * pattern costs a fresh JVM some 5 ms.
     */
    private static final class Ipv6 {
        static final String HEX = "[0-9A-Fa-f]{1,4}";
        static final String LS32 = "(?:" + HEX + ":" + HEX + "|(?:[0-9]{1,3}\\.){3}[0-9]{1,3})";
        static final Pattern PATTERN = Pattern.compile("^(?:"
                + "(?:" + HEX + ":){6}" + LS32
                + "|::(?:" + HEX + ":){5}" + LS32
                + "|(?:" + HEX + ")?::(?:" + HEX + ":){4}" + LS32
                + "|(?:(?:" + HEX + ":)?" + HEX + ")?::(?:" + HEX + ":){3}" + LS32
                + "|(?:(?:" + HEX + ":){0,2}" + HEX + ")?::(?:" + HEX + ":){2}" + LS32
                + "|(?:(?:" + HEX + ":){0,3}" + HEX + ")?::" + HEX + ":" + LS32
                + "|(?:(?:" + HEX + ":){0,4}" + HEX + ")?::" + LS32
                + "|(?:(?:" + HEX + ":){0,5}" + HEX + ")?::" + HEX
                + "|(?:(?:" + HEX + ":){0,6}" + HEX + ")?::"
                + ")(?:(?:%25|%)(?:[A-Za-z0-9._!\\-~]|%[a-fA-F0-9]{2})+)?$");
    }

    private ParsedUrl() {
    }

    static Map<String, Object> parse(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = value.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String rest = value.substring(colon + 1);
        String authority = "";
        if (rest.startsWith("//")) {
            int end = firstOf(rest, 2, "/?#");
            authority = rest.substring(2, end);
            rest = rest.substring(end);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int q = rest.indexOf('?');
        if (q >= 0) {
            if (q < rest.length() - 1) {
                return null; // URLs with a query are not supported
            }
            rest = rest.substring(0, q);
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            }
        } else {
            int c = hostPort.lastIndexOf(':');
            host = c >= 0 ? hostPort.substring(0, c) : hostPort;
            port = c >= 0 ? hostPort.substring(c + 1) : null;
        }
        if (port != null && !port.isEmpty() && !validPort(port)) {
            return null;
        }
        String path = rest;
        String normalized = StandardLibrary.percentEncode(UriPaths.removeDotSegments(path), "/_.-~");
        if (!normalized.endsWith("/")) {
            normalized = normalized + "/";
        }
        boolean isIp = StandardLibrary.isIpv4Shaped(host)
                || hostPort.startsWith("[") && Ipv6.PATTERN.matcher(host).matches();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scheme", scheme);
        out.put("authority", authority);
        out.put("path", path);
        out.put("normalizedPath", normalized);
        out.put("isIp", isIp);
        return out;
    }

    private static boolean validPort(String port) {
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return port.length() <= 5 && Integer.parseInt(port) <= 65535;
    }

    private static int firstOf(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
