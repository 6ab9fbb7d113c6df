package io.boto4j.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Close service names for an unknown one ("did you mean 'sqs'?"): small edit distance, or a shared stem. */
final class ServiceNameSuggester {
    private static final int MAX_SUGGESTIONS = 3;

    private ServiceNameSuggester() {
    }

    static List<String> suggest(String name, List<String> known) {
        String wanted = name.toLowerCase().replace('_', '-');
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(1, Math.min(3, wanted.length() / 3));
        for (String candidate : known) {
            int d = distance(wanted, candidate);
            if (d <= limit) {
                scored.add(new Scored(candidate, d));
            } else if (wanted.length() >= 3 && (candidate.startsWith(wanted) || wanted.startsWith(candidate))
                    && Math.abs(candidate.length() - wanted.length()) <= 4) {
                scored.add(new Scored(candidate, limit + 1));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < MAX_SUGGESTIONS; i++) {
            out.add(scored.get(i).name);
        }
        return out;
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit ("sqs" vs "ssq"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
