package io.boto4j.internal.customizations.s3;

import io.boto4j.internal.customizations.common.ParsedResults;
import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Listings are asked for with {@code EncodingType=url} (keys with characters XML cannot carry survive) and
 * decoded before the caller sees them — only when the caller did not ask for an encoding itself, as botocore.
 */
final class ListingEncoding {
    private static final String AUTO_SET = "encoding_type_auto_set";

    private record Decoding(List<String> topLevel, Map<String, String> nested) {
    }

    private static final Map<String, Decoding> OPERATIONS = Map.of(
            "ListObjects", new Decoding(List.of("Delimiter", "Marker", "NextMarker"),
                    Map.of("Contents", "Key", "CommonPrefixes", "Prefix")),
            "ListObjectsV2", new Decoding(List.of("Delimiter", "Prefix", "StartAfter"),
                    Map.of("Contents", "Key", "CommonPrefixes", "Prefix")),
            "ListObjectVersions", new Decoding(List.of("KeyMarker", "NextKeyMarker", "Prefix", "Delimiter"),
                    Map.of("Versions", "Key", "DeleteMarkers", "Key", "CommonPrefixes", "Prefix")));

    private ListingEncoding() {
    }

    static void register(EventEmitter events) {
        OPERATIONS.forEach((operation, decoding) -> {
            events.register(Events.beforeParameterBuild(S3Customization.SERVICE, operation), event -> {
                Map<String, Object> params = event.params();
                if (!params.containsKey("EncodingType")) {
                    params.put("EncodingType", "url");
                    event.context().put(AUTO_SET, true);
                }
                return null;
            });
            events.register(Events.afterCall(S3Customization.SERVICE, operation), event -> {
                Map<String, Object> parsed = event.parsed();
                if (parsed == null || !"url".equals(parsed.get("EncodingType"))
                        || !Boolean.TRUE.equals(event.context().get(AUTO_SET))) {
                    return null;
                }
                for (String key : decoding.topLevel()) {
                    if (parsed.get(key) instanceof String s) {
                        parsed.put(key, decode(s));
                    }
                }
                decoding.nested().forEach((listKey, child) -> {
                    for (Map<String, Object> member : ParsedResults.structures(parsed, listKey)) {
                        // most keys have nothing escaped: a second probe of each of a thousand maps is saved
                        if (member.get(child) instanceof String s && s.indexOf('%') >= 0) {
                            member.put(child, decode(s));
                        }
                    }
                });
                return null;
            });
        });
    }

    /** botocore's {@code unquote_str}: percent-decoding where '+' stays a plus. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s; // nothing escaped: the common key of a listing, decoded without a copy
        }
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
