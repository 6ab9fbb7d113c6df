package io.boto4j.exception;

import java.util.List;

/** The service name is not in the model data; the message suggests close names, as botocore does. */
public class UnknownServiceError extends DataNotFoundError {
    private final String serviceName;
    private final List<String> suggestions;

    public UnknownServiceError(String serviceName, List<String> suggestions, List<String> knownServices) {
        super(message(serviceName, suggestions, knownServices));
        this.serviceName = serviceName;
        this.suggestions = List.copyOf(suggestions);
    }

    private static String message(String serviceName, List<String> suggestions, List<String> knownServices) {
        StringBuilder sb = new StringBuilder("Unknown service: '").append(serviceName).append("'.");
        if (!suggestions.isEmpty()) {
            sb.append(" Did you mean ");
            for (int i = 0; i < suggestions.size(); i++) {
                sb.append(i == 0 ? "" : i == suggestions.size() - 1 ? " or " : ", ")
                        .append('\'').append(suggestions.get(i)).append('\'');
            }
            sb.append('?');
        }
        sb.append(" Valid service names are: ").append(String.join(", ", knownServices));
        return sb.toString();
    }

    public String getServiceName() {
        return serviceName;
    }

    public List<String> getSuggestions() {
        return suggestions;
    }
}
