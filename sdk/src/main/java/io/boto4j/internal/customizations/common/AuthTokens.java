package io.boto4j.internal.customizations.common;

import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.HandlerResponse;
import io.boto4j.exception.BotoCoreError;
import io.boto4j.http.HttpRequest;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Database auth tokens (RDS IAM auth, Aurora DSQL): a GET of {@code https://host/?Action=...} presigned with the
 * client's credentials, returned without its scheme. Asked through an event on the client's own emitter, so a
 * static helper taking that emitter reaches the client's credentials without this layer knowing the client.
 */
public final class AuthTokens {
    private AuthTokens() {
    }

    /** Answers the token event of a client: kwargs {@code url} (with query), {@code region}, {@code expires}. */
    public static void register(CustomizationContext context, String eventName, String signingName) {
        context.events().register(eventName, event -> {
            String asked = event.get("region", String.class);
            String region = asked == null ? context.region() : asked;
            HttpRequest request = HttpRequest.builder().method("GET").uri(event.get("url", String.class)).build();
            URI signed = context.presigner().request(request, signingName, region,
                    event.get("expires", Duration.class));
            return signed.toString().substring("https://".length());
        });
    }

    /** Emits the token event on a client's emitter; fails clearly when the client is not of the right service. */
    public static String request(EventEmitter clientEvents, String eventName, String url, String region,
                                 Duration expires) {
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("url", url);
        kwargs.put("region", region);
        kwargs.put("expires", expires);
        HandlerResponse r = clientEvents.emitUntilResponse(eventName, kwargs);
        if (r == null || !(r.response() instanceof String token)) {
            throw new BotoCoreError("No handler for " + eventName + ": pass the events of a client of that service "
                    + "(client.meta().events())");
        }
        return token;
    }
}
