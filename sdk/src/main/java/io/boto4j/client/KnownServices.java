package io.boto4j.client;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.LoaderOwner;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.internal.model.ModelTrees;
import java.util.List;

/**
 * The services the model data path knows, by botocore's name ({@code logs}) and by the hyphenated service id
 * events use ({@code cloudwatch-logs}). For code that checks service names before any client exists (the Spring
 * starter checks {@code boto4j.clients.<name>} at start-up).
 */
public final class KnownServices {
    private final Loader loader;

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
        // only services whose name the given one contains can have it as their event name: parse just those
        for (String candidate : known) {
            if (name.contains(candidate) && eventName(candidate).equals(name)) {
                return candidate;
            }
        }
        return null;
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
