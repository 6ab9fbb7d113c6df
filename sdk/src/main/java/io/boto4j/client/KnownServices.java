package io.boto4j.client;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.LoaderOwner;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.internal.model.ModelTrees;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services the model data path knows, by botocore's name ({@code logs}) and by the hyphenated service id
 * events use ({@code cloudwatch-logs}). For code that checks service names before any client exists (the Spring
 * starter checks {@code boto4j.clients.<name>} at start-up).
 */
public final class KnownServices {
    private final Loader loader;
    private volatile Map<String, String> byEventName;

    private KnownServices(Loader loader) {
        this.loader = loader;
    }

    /** The data path of {@code AWS_DATA_PATH}, then ~/.aws/models, then the bundled models. */
    public static KnownServices fromEnvironment() {
        return new KnownServices(Loader.fromEnvironment());
    }

    /** The data path of a session ({@code data_path} in its config). */
    public static KnownServices of(SessionServices session) {
        return new KnownServices(LoaderOwner.of(session));
    }

    /** Services with a client model, as {@code session.get_available_services()}. */
    public List<String> availableServices() {
        return loader.listAvailableServices("service-2");
    }

    /** Services with a boto3 resource model, as {@code session.get_available_resources()}. */
    public List<String> availableResources() {
        return loader.listAvailableServices("resources-1");
    }

    /**
     * botocore's service name for {@code name}: the name itself when a model has it, else the service whose event
     * name (its hyphenated service id: {@code cloudwatch-logs} for {@code logs}) it is; null when neither.
     */
    public String serviceName(String name) {
        List<String> known = availableServices();
        if (known.contains(name)) {
            return name;
        }
        // most event names contain their service's name (cloudwatch-logs, logs): parse just those models first
        for (String candidate : known) {
            if (name.contains(candidate) && eventName(candidate).equals(name)) {
                return candidate;
            }
        }
        // the others (sfn for stepfunctions) need every service's id: read once, from the head of each model
        return byEventName().get(name);
    }

    private Map<String, String> byEventName() {
        Map<String, String> index = byEventName;
        if (index == null) {
            index = new HashMap<>();
            for (String service : availableServices()) {
                index.putIfAbsent(eventNameFromHead(service), service);
            }
            byEventName = index;
        }
        return index;
    }

    // botocore's models put metadata first: the service id is within the first few hundred bytes
    private static final Pattern SERVICE_ID = Pattern.compile("\"serviceId\"\\s*:\\s*\"([^\"]*)\"");

    private String eventNameFromHead(String service) {
        ServiceData data = loader.loadServiceData(service, "service-2", null);
        String head = new String(data.bytes(), 0, Math.min(data.bytes().length, 4096), StandardCharsets.UTF_8);
        Matcher m = SERVICE_ID.matcher(head);
        return m.find() ? m.group(1).replace(' ', '-').toLowerCase(Locale.ROOT) : eventName(service);
    }

    /** The newest API version of {@code service}'s boto3 resource model, or null when it has none. */
    public String latestResourceVersion(String service) {
        return availableResources().contains(service)
                ? loader.determineLatestVersion(service, "resources-1") : null;
    }

    /**
     * The hyphenated service id events and the starter's keys use for botocore's {@code service}
     * ({@code cloudwatch-logs} for {@code logs}).
     */
    public String eventName(String service) {
        ServiceData data = loader.loadServiceData(service, "service-2", null);
        return ModelTrees.parse(service, data.bytes(), data.origin(), data.extras()).eventName();
    }
}
