package io.boto4j.spring.autoconfigure;

import java.util.Comparator;
import java.util.List;

/** Bean names of services, and "did you mean" for a service name the SDK has no model for. */
final class ServiceNames {
    private ServiceNames() {
    }

    /** {@code cloudwatch-logs} gives {@code cloudwatchLogs}: kebab (or snake) names in camelCase. */
    static String camelCase(String service) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : service.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    static String clientBeanName(String service) {
        return camelCase(service) + "Client";
    }

    static String resourceBeanName(String service) {
        return camelCase(service) + "Resource";
    }

    /** Up to three known names close to {@code name}, closest first. */
    static List<String> suggestions(String name, List<String> known) {
        String wanted = name.toLowerCase().replace('_', '-');
        int limit = Math.max(1, Math.min(3, wanted.length() / 3));
        return known.stream()
                .filter(k -> distance(wanted, k) <= limit || (wanted.length() >= 3
                        && (k.startsWith(wanted) || wanted.startsWith(k))))
                .sorted(Comparator.comparingInt((String k) -> distance(wanted, k)).thenComparing(k -> k))
                .limit(3)
                .toList();
    }

    /** Edit distance (insert, delete, replace, swap of neighbours). */
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
