package io.boto4j.internal.util;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words with POSIX shell quoting, as Python's {@code shlex.split} does (botocore uses it for
 * profile section headers and {@code credential_process} commands): whitespace separates words, single quotes
 * take everything literally, double quotes let a backslash escape {@code "} and {@code \\}, and a backslash
 * outside quotes escapes the next character.
 */
public final class ShellWords {
    private ShellWords() {
    }

    /** The words, or null when the text ends inside a quote or after a lone backslash (shlex raises there). */
    public static List<String> split(String s) {
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
