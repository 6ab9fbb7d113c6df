package io.boto4j.spring.autoconfigure;

import io.boto4j.internal.names.ClosestNames;
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

    /** Up to three known names close to {@code name}, closest first (the SDK's one "did you mean" ranking). */
    static List<String> suggestions(String name, List<String> known) {
        return ClosestNames.suggest(name, known);
    }

}
