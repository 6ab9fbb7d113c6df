package io.boto4j.exception;

import java.util.List;

/**
 * boto3's {@code ResourceNotExistsError}: {@code session.resource(name)} for a service without a resource model;
 * the message lists the services that have one, suggests the closest, and points to the low-level client when the
 * service has one.
 */
public class ResourceNotExistsError extends Boto4jException {
    private final String serviceName;

    public ResourceNotExistsError(String serviceName, List<String> suggestions, List<String> available,
                                  boolean hasLowLevelClient) {
        super(message(serviceName, suggestions, available, hasLowLevelClient));
        this.serviceName = serviceName;
    }

    private static String message(String serviceName, List<String> suggestions, List<String> available,
                                  boolean hasLowLevelClient) {
        StringBuilder sb = new StringBuilder("The '").append(serviceName).append("' resource does not exist.");
        if (!suggestions.isEmpty()) {
            sb.append(" Did you mean '").append(String.join("' or '", suggestions)).append("'?");
        }
        sb.append(" The available resources are: ").append(String.join(", ", available)).append('.');
        if (hasLowLevelClient) {
            sb.append(" Consider using session.client(\"").append(serviceName).append("\") instead of a resource for '")
                    .append(serviceName).append("'.");
        }
        return sb.toString();
    }

    public String getServiceName() {
        return serviceName;
    }
}
