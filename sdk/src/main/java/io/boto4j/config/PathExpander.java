package io.boto4j.config;

import java.nio.file.Path;
import java.util.Map;

/** Expands {@code $VAR}, {@code ${VAR}} (unknown ones are left as written) and a leading {@code ~}, as Python's os.path does. */
final class PathExpander {
    private final Map<String, String> env;

    PathExpander(Map<String, String> env) {
        this.env = env;
    }

    Path expand(String path) {
        return Path.of(expandUser(expandVars(path)));
    }

    String home() {
        String home = env.get("HOME");
        return home != null ? home : System.getProperty("user.home");
    }

    private String expandUser(String p) {
        if (p.equals("~") || p.startsWith("~/")) {
            return home() + p.substring(1);
        }
        return p;
    }

    private String expandVars(String p) {
        if (p.indexOf('$') < 0) {
            return p;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c != '$' || i + 1 >= p.length()) {
                out.append(c);
                i++;
                continue;
            }
            int start;
            int end;
            int resume;
            if (p.charAt(i + 1) == '{') {
                start = i + 2;
                end = p.indexOf('}', start);
                if (end < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                resume = end + 1;
            } else {
                start = i + 1;
                end = start;
                while (end < p.length() && (Character.isLetterOrDigit(p.charAt(end)) || p.charAt(end) == '_')) {
                    end++;
                }
                resume = end;
            }
            String name = p.substring(start, end);
            String value = name.isEmpty() ? null : env.get(name);
            out.append(value != null ? value : p.substring(i, resume));
            i = resume;
        }
        return out.toString();
    }
}
