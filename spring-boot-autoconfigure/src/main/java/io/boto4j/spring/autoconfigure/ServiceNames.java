package io.boto4j.spring.autoconfigure;

import io.boto4j.internal.names.ClosestNames;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.internal.model.ModelTrees;
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

    /**
     * botocore's service name for a {@code boto4j.clients.<key>}: the key itself, or the service whose event name
     * (its hyphenated service id, {@code cloudwatch-logs} for {@code logs}) the key is; null when neither.
     */
    static String botocoreName(String key, Loader loader) {
        List<String> known = loader.listAvailableServices("service-2");
        if (known.contains(key)) {
            return key;
        }
        // only services whose name the key contains can have it as their event name: parse just those models
        for (String candidate : known) {
            if (key.contains(candidate) && eventName(candidate, loader).equals(key)) {
                return candidate;
            }
        }
        return null;
    }

    static String eventName(String service, Loader loader) {
        ServiceData data = loader.loadServiceData(service, "service-2", null);
        return ModelTrees.parse(service, data.bytes(), data.origin(), data.extras()).eventName();
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
        return ClosestNames.distance(a, b);   // one edit distance for every "did you mean"
    }
}
