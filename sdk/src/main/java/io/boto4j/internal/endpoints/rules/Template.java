package io.boto4j.internal.endpoints.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A string with {@code {Var}} and {@code {Var#attr}} placeholders ({@code {{}/{@code }}} escape braces), split
 * into literal and reference parts at compile time.
 */
final class Template implements Expr {
    private final Object[] parts; // String literal or Placeholder

    private record Placeholder(int slot, String[] keys) {
    }

    private Template(Object[] parts) {
        this.parts = parts;
    }

    /** A literal when {@code text} has no placeholder (as botocore decides), else a template. */
    static Expr compile(String text, ToIntFunction<String> slots) {
        if (!hasPlaceholder(text)) {
            return new Expr.Literal(text);
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    throw new RuleSetError("Unclosed '{' in template: " + text);
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                String[] path = text.substring(i + 1, end).split("#");
                String[] keys = new String[path.length - 1];
                System.arraycopy(path, 1, keys, 0, keys.length);
                parts.add(new Placeholder(slots.applyAsInt(path[0]), keys));
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new Template(parts.toArray());
    }

    /**
     * Whether {@code text} holds a {@code {letters-or-#}} run, botocore's test for a template; scanned by hand as
     * every string of every rule set passes here while the first client compiles its rules.
     */
    static boolean hasPlaceholder(String text) {
        int open = text.indexOf('{');
        while (open >= 0) {
            int i = open + 1;
            while (i < text.length() && isNameChar(text.charAt(i))) {
                i++;
            }
            if (i > open + 1 && i < text.length() && text.charAt(i) == '}') {
                return true;
            }
            open = text.indexOf('{', open + 1);
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '#';
    }

    @Override
    public Object eval(Object[] scope) {
        StringBuilder out = new StringBuilder(64);
        for (Object part : parts) {
            if (part instanceof String s) {
                out.append(s);
            } else {
                Placeholder p = (Placeholder) part;
                Object value = scope[p.slot];
                for (String key : p.keys) {
                    value = value instanceof Map<?, ?> m ? m.get(key) : null;
                }
                out.append(Values.display(value));
            }
        }
        return out.toString();
    }
}
