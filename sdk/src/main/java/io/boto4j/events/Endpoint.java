package io.boto4j.events;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * The endpoint an attempt goes to, as needs-retry handlers read it ({@code endpoint}, and the answer of
 * {@link Event#rerouteToRegion}).
 *
 * @param url        the endpoint URL, without the operation's path
 * @param headers    headers the endpoint rule set asks for, first value per name
 * @param properties the rule set's endpoint properties (values: String, Boolean, Integer, List, Map)
 */
public record Endpoint(String url, Map<String, String> headers, Map<String, Object> properties) {
    public Endpoint {
        Objects.requireNonNull(url, "url");
        // views, not copies: the rule set's order is kept, and the pipeline builds one per needs-retry event
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(headers);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(properties);
    }

    public URI uri() {
        return URI.create(url);
    }
}
