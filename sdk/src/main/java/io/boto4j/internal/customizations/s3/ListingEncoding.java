package io.boto4j.internal.customizations.s3;

import io.boto4j.internal.customizations.common.ParsedResults;
import io.boto4j.events.Events;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.TypedEventHandler;
import io.boto4j.events.Event;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Listings are asked for with {@code EncodingType=url} (keys with characters XML cannot carry survive) and
 * decoded before the caller sees them — only when the caller did not ask for an encoding itself, as botocore.
 */
final class ListingEncoding implements TypedEventHandler {
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

    /** The listing's decoding, or null for the handler that asks for the encoding. */
    private final Decoding decoding;

    private ListingEncoding(Decoding decoding) {
        this.decoding = decoding;
    }

    static void register(EventEmitter events) {
        ListingEncoding ask = new ListingEncoding(null);
        for (Map.Entry<String, Decoding> e : OPERATIONS.entrySet()) {
            events.register(Events.beforeParameterBuild(S3Customization.SERVICE, e.getKey()), ask);
            events.register(Events.afterCall(S3Customization.SERVICE, e.getKey()), new ListingEncoding(e.getValue()));
        }
    }

    // the handler is this class, not a lambda: each lambda spins a class on a fresh JVM's first call
    @Override
    public Object handle(Event event) {
        if (decoding == null) {
            askForUrlEncoding(event);
        } else {
            decodeListing(event);
        }
        return null;
    }

    private static void askForUrlEncoding(Event event) {
        Map<String, Object> params = event.params();
        if (!params.containsKey("EncodingType")) {
            params.put("EncodingType", "url");
            event.context().put(AUTO_SET, true);
        }
    }

    private void decodeListing(Event event) {
        Map<String, Object> parsed = event.parsed();
        if (parsed == null || !"url".equals(parsed.get("EncodingType"))
                || !Boolean.TRUE.equals(event.context().get(AUTO_SET))) {
            return;
        }
        for (String key : decoding.topLevel()) {
            if (parsed.get(key) instanceof String s) {
                parsed.put(key, decode(s));
            }
        }
        for (Map.Entry<String, String> nested : decoding.nested().entrySet()) {
            String child = nested.getValue();
            for (Map<String, Object> member : ParsedResults.structures(parsed, nested.getKey())) {
                // most keys have nothing escaped: a second probe of each of a thousand maps is saved
                if (member.get(child) instanceof String s && s.indexOf('%') >= 0) {
                    member.put(child, decode(s));
                }
            }
        }
    }

    /** botocore's {@code unquote_str}: percent-decoding where '+' stays a plus. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s; // nothing escaped: the common key of a listing, decoded without a copy
        }
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
