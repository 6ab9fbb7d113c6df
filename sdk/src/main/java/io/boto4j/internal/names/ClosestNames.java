package io.boto4j.internal.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Close names for an unknown one ("did you mean 'sqs'?"): small edit distance, or a shared stem. Case, and
 * the difference between boto3's snake_case and the model's PascalCase, do not count: {@code SendMesage} and
 * {@code send_mesage} both find {@code SendMessage}. Used wherever a user names something (services,
 * operations, resources, properties), so every "did you mean" ranks alike.
 */
public final class ClosestNames {
    private static final int MAX_SUGGESTIONS = 3;

    private ClosestNames() {
    }

    /** Up to three of {@code known}, closest first. */
    public static List<String> suggest(String name, java.util.Collection<String> known) {
        String wanted = fold(name);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        int limit = Math.max(1, Math.min(3, wanted.length() / 3));
        for (String original : known) {
            String candidate = fold(original);
            int d = distance(wanted, candidate);
            if (d <= limit) {
                scored.add(new Scored(original, d));
            } else if (wanted.length() >= 3 && (candidate.startsWith(wanted) || wanted.startsWith(candidate))
                    && Math.abs(candidate.length() - wanted.length()) <= 4) {
                scored.add(new Scored(original, limit + 1));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < MAX_SUGGESTIONS; i++) {
            out.add(scored.get(i).name);
        }
        return out;
    }

    /** Lower case without '_' and '-', so put_object, PutObject and put-object compare equal. */
    private static String fold(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit ("sqs" vs "ssq"). */
    public static int distance(String a, String b) {
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
