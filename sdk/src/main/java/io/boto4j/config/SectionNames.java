package io.boto4j.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a section header such as {@code profile "my profile"} into words with POSIX shell quoting, as botocore
 * does; a header with an unbalanced quote yields no words, so its section is ignored.
 */
final class SectionNames {
    private SectionNames() {
    }

    /** The second word of a two-word header ({@code profile dev} gives {@code dev}); null for any other shape. */
    static String nameOf(String header) {
        List<String> words = split(header);
        return words != null && words.size() == 2 ? words.get(1) : null;
    }

    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                i++;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    return null;
                }
                word.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c) {
                    if (c == '"' && s.charAt(end) == '\\' && end + 1 < s.length()
                            && (s.charAt(end + 1) == '"' || s.charAt(end + 1) == '\\')) {
                        word.append(s.charAt(end + 1));
                        end += 2;
                        continue;
                    }
                    word.append(s.charAt(end));
                    end++;
                }
                if (end >= s.length()) {
                    return null;
                }
                i = end + 1;
            } else {
                word.append(c);
                i++;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
