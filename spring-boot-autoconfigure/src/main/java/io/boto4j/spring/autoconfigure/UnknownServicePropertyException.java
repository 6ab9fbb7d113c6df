package io.boto4j.spring.autoconfigure;

import java.util.List;

/** A {@code boto4j.clients.<service>} or {@code boto4j.resources.<service>} key names no known service. */
public class UnknownServicePropertyException extends RuntimeException {
    private final String property;
    private final String serviceName;
    private final List<String> suggestions;

    public UnknownServicePropertyException(String property, String serviceName, List<String> suggestions) {
        super("Unknown service '" + serviceName + "' in " + property
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?"));
        this.property = property;
        this.serviceName = serviceName;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The property prefix, e.g. {@code boto4j.clients.sqss}. */
    public String getProperty() {
        return property;
    }

    public String getServiceName() {
        return serviceName;
    }

    public List<String> getSuggestions() {
        return suggestions;
    }
}
