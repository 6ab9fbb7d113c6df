package io.boto4j.spring.autoconfigure;

/** {@link Boto4jConnectionDetails} from the {@code boto4j.*} properties. */
final class PropertiesBoto4jConnectionDetails implements Boto4jConnectionDetails {
    private final Boto4jProperties properties;

    PropertiesBoto4jConnectionDetails(Boto4jProperties properties) {
        this.properties = properties;
    }

    @Override
    public String endpointUrl() {
        return blankToNull(properties.getEndpointUrl());
    }

    @Override
    public String region() {
        return blankToNull(properties.getRegion());
    }

    @Override
    public String accessKeyId() {
        return blankToNull(properties.getCredentials().getAccessKeyId());
    }

    @Override
    public String secretAccessKey() {
        return blankToNull(properties.getCredentials().getSecretAccessKey());
    }

    @Override
    public String sessionToken() {
        return blankToNull(properties.getCredentials().getSessionToken());
    }

    // `endpoint-url: ${BOTO4J_ENDPOINT_URL:}` binds "" when the variable is unset: that means "not set"
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "PropertiesBoto4jConnectionDetails[endpointUrl=" + endpointUrl() + ", region=" + region() + "]";
    }
}
