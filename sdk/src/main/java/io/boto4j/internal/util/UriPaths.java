package io.boto4j.internal.util;

import java.util.ArrayList;
import java.util.List;

/** URI path normalization shared by the SigV4 canonical request and the endpoint rules' {@code parseURL}. */
public final class UriPaths {
    private UriPaths() {
    }

    /**
     * RFC 3986 dot-segment removal that also collapses repeated slashes, as AWS services expect; a leading and a
     * trailing slash are kept, and an empty path becomes {@code /}.
     */
    public static String removeDotSegments(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        if (path.indexOf("//") < 0 && path.indexOf("/.") < 0 && !path.startsWith(".")) {
            // nothing to remove: the common case on the signing path costs no allocation
            return path;
        }
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(seg);
            }
        }
        String first = path.charAt(0) == '/' ? "/" : "";
        String last = path.charAt(path.length() - 1) == '/' && !out.isEmpty() ? "/" : "";
        return first + String.join("/", out) + last;
    }
}
