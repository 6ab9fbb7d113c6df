package io.boto4j.exception;

import java.util.List;

/** The service model has no operation of the given name; the message suggests the closest ones. */
public class OperationNotFoundError extends BotoCoreError {
    private final List<String> suggestions;

    public OperationNotFoundError(String message) {
        super(message);
        this.suggestions = List.of();
    }

    public OperationNotFoundError(String message, Throwable cause) {
        super(message, cause);
        this.suggestions = List.of();
    }

    /** {@code operation} is not one of {@code service}'s; {@code suggestions} are the closest names, best first. */
    public OperationNotFoundError(String operation, String service, List<String> suggestions) {
        super(message(operation, service, suggestions));
        this.suggestions = List.copyOf(suggestions);
    }

    /** The closest operation names, best first; empty when nothing is close. */
    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String operation, String service, List<String> suggestions) {
        StringBuilder sb = new StringBuilder("Operation not found: ").append(operation)
                .append(" (service ").append(service).append(")");
        if (!suggestions.isEmpty()) {
            sb.append(". Did you mean ").append(String.join(", ", suggestions)).append('?');
        }
        return sb.toString();
    }
}
