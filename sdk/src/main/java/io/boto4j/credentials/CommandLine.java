package io.boto4j.credentials;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code credential_process} command into arguments with POSIX shell quoting, as botocore does. */
final class CommandLine {
    private CommandLine() {
    }

    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
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
            if (c == '\\' && i + 1 < command.length()) {
                word.append(command.charAt(i + 1));
                i += 2;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < command.length() && command.charAt(end) != c) {
                    if (c == '"' && command.charAt(end) == '\\' && end + 1 < command.length()
                            && "\"\\$`".indexOf(command.charAt(end + 1)) >= 0) {
                        end++;
                    }
                    word.append(command.charAt(end));
                    end++;
                }
                if (end >= command.length()) {
                    throw new IllegalArgumentException("unbalanced quote in credential_process");
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
