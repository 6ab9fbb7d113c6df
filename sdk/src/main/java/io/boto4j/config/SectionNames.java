package io.boto4j.config;

import io.boto4j.internal.util.ShellWords;

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
        List<String> words = ShellWords.split(header);
        return words != null && words.size() == 2 ? words.get(1) : null;
    }
}
