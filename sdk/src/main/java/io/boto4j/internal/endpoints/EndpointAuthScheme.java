package io.boto4j.internal.endpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One entry of an endpoint's {@code authSchemes} property.
 *
 * @param name                  the scheme as the rule set names it: {@code sigv4}, {@code sigv4a},
 *                              {@code sigv4-s3express}, {@code none}, ...
 * @param signingName           the signing name override, or null
 * @param signingRegion         the signing region override, or null
 * @param signingRegionSet      the SigV4a region set, empty when not given
 * @param disableDoubleEncoding true when the path must not be encoded twice, null when unspecified
 * @param disableNormalizePath  true when the path must not be normalized, null when unspecified
 */
public record EndpointAuthScheme(String name, String signingName, String signingRegion, List<String> signingRegionSet,
                                 Boolean disableDoubleEncoding, Boolean disableNormalizePath) {

    static EndpointAuthScheme from(Map<?, ?> m) {
        List<String> set = new ArrayList<>();
        if (m.get("signingRegionSet") instanceof List<?> l) {
            l.forEach(v -> set.add(String.valueOf(v)));
        }
        return new EndpointAuthScheme(String.valueOf(m.get("name")), str(m.get("signingName")),
                str(m.get("signingRegion")), List.copyOf(set), bool(m.get("disableDoubleEncoding")),
                bool(m.get("disableNormalizePath")));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Boolean bool(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Boolean b ? b : Boolean.parseBoolean(o.toString());
    }
}
