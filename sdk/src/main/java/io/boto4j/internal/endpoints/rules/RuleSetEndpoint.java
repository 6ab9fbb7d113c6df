package io.boto4j.internal.endpoints.rules;

import java.util.List;
import java.util.Map;

/**
 * What an endpoint rule resolves to.
 *
 * @param url        the endpoint URL
 * @param headers    headers to add to the request, each with its values (immutable)
 * @param properties properties such as {@code authSchemes} (values: String, Boolean, Integer, List, Map)
 */
public record RuleSetEndpoint(String url, Map<String, List<String>> headers, Map<String, Object> properties) {
}
