package io.boto4j.internal.endpoints;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The endpoint a call goes to.
 *
 * @param url         the endpoint URL (no trailing path from the operation yet)
 * @param headers     headers the endpoint asks for, first value per name (botocore sends only the first)
 * @param properties  all properties of the rule set's answer (values: String, Boolean, Integer, List, Map)
 * @param authSchemes the {@code authSchemes} property, typed, in the rule set's order; empty when absent
 */
public record ResolvedEndpoint(String url, Map<String, String> headers, Map<String, Object> properties,
                               List<EndpointAuthScheme> authSchemes) {

    public URI uri() {
        return URI.create(url);
    }
}
