package io.boto4j.internal.pipeline;

import io.boto4j.events.Endpoint;
import io.boto4j.events.Signing;
import io.boto4j.internal.auth.SignatureScheme;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import java.util.Locale;

/**
 * The public values events carry in place of the pipeline's own types, so a handler codes against the API only.
 * Built only when someone listens to the event.
 */
final class EventViews {
    private EventViews() {
    }

    /** Null for an unsigned attempt, as before-sign documents. */
    static Signing signing(SigningContext c) {
        if (c == null) {
            return null;
        }
        return new Signing(schemeName(c.scheme()), c.signingName(), c.region(), c.regionSet(), c.doubleUriEncode());
    }

    /** botocore's auth type names: {@code SIGV4_S3EXPRESS} is {@code sigv4-s3express}. */
    static String schemeName(SignatureScheme scheme) {
        return scheme.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Endpoint endpoint(ResolvedEndpoint e) {
        return e == null ? null : new Endpoint(e.url(), e.headers(), e.properties());
    }
}
