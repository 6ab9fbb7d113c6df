package io.boto4j.spring.autoconfigure;

/** A {@code boto4j.*} property has a name or value the SDK does not accept; the message says what would be. */
public class InvalidBoto4jPropertyException extends RuntimeException {
    private final String property;
    private final transient Object value;
    private final String reason;

    public InvalidBoto4jPropertyException(String property, Object value, String reason, Throwable cause) {
        super("Invalid property " + property + "=" + displayed(property, value) + ": " + reason, cause);
        this.property = property;
        this.value = displayed(property, value);
        this.reason = reason;
    }

    // proxy URLs carry passwords (http://user:secret@proxy), credentials are secret by definition
    private static Object displayed(String property, Object value) {
        String p = property.toLowerCase();
        return p.contains("proxies") || p.contains("credentials") || p.contains("secret") ? "******" : value;
    }

    /** The full property name, e.g. {@code boto4j.config.retries.mode}. */
    public String getProperty() {
        return property;
    }

    /** The value as given, or {@code ******} for a property that may hold a secret. */
    public Object getValue() {
        return value;
    }

    /** What is wrong and what would be right, e.g. the valid values. */
    public String getReason() {
        return reason;
    }
}
