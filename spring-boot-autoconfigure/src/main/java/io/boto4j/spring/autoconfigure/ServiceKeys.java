package io.boto4j.spring.autoconfigure;

import io.boto4j.client.KnownServices;
import java.util.List;
import java.util.Locale;

/**
 * The service a {@code boto4j.clients.<key>} or {@code boto4j.resources.<key>} map key names, when the key came
 * from an environment variable. Spring's relaxed binding reads {@code BOTO4J_CLIENTS_COGNITOIDP_REGION} as the key
 * {@code cognitoidp} (an underscore would be a dot, so a dash cannot be written): a key that equals a service's
 * name or event name once dashes are dropped names that service, in the dashed form bean names are made from
 * ({@code cloudwatchlogs} gives {@code cloudwatch-logs}, bean {@code cloudwatchLogsClient}).
 */
final class ServiceKeys {
    private ServiceKeys() {
    }

    /** The dashed key {@code key} stands for, or {@code key} itself when it is already a name or matches none. */
    static String canonical(String key, KnownServices known) {
        List<String> names = known.availableServices();
        if (names.contains(key)) {
            return key;
        }
        // the dash-less form of a service name first: it needs no model read, while an event-name lookup that
        // misses reads the head of every model
        String compact = compact(key);
        for (String name : names) {
            if (compact(name).equals(compact)) {
                return name;
            }
        }
        if (known.serviceName(key) != null) {
            return key;
        }
        // an event name contains its service's name (cloudwatch-logs, logs): parse only those candidates' models
        for (String name : names) {
            if (compact.contains(compact(name))) {
                String event = known.eventName(name);
                if (compact(event).equals(compact)) {
                    return event;
                }
            }
        }
        return key;
    }

    private static String compact(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
