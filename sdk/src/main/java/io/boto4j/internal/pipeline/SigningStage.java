package io.boto4j.internal.pipeline;

import io.boto4j.internal.auth.AuthSchemeSelector;
import io.boto4j.internal.auth.AuthSelection;
import io.boto4j.internal.auth.PayloadSigning;
import io.boto4j.internal.auth.SignatureScheme;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.internal.auth.signer.Signer;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.events.CallEvents;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.HandlerResponse;
import io.boto4j.exception.NoAuthTokenError;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.OperationModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Signs each attempt (inside the retry loop, so every attempt carries a fresh signature). The auth scheme,
 * signing name and region come from {@link AuthSchemeSelector}; a {@code choose-signer} handler may replace the
 * signature version; the payload policy follows botocore's rules; a clock-skew correction moves the clock.
 */
public final class SigningStage {
    private final AuthSchemeSelector selector;
    private final Boolean payloadSigningEnabled;
    private final Supplier<ResolvedCredentials> credentials;
    private final Supplier<String> bearerToken;
    private final Clock baseClock;
    private volatile Duration skew = Duration.ZERO;

    public SigningStage(AuthSchemeSelector selector, Boolean payloadSigningEnabled, Supplier<ResolvedCredentials> credentials,
                        Supplier<String> bearerToken, Clock clock) {
        this.selector = selector;
        this.payloadSigningEnabled = payloadSigningEnabled;
        this.credentials = credentials;
        this.bearerToken = bearerToken;
        this.baseClock = clock;
    }

    /** Corrects the signing clock after a clock-skew error; every later signature uses the server's time. */
    void correctClock(Duration offset) {
        this.skew = offset;
    }

    Clock clock() {
        Duration s = skew;
        return s.isZero() ? baseClock : Clock.offset(baseClock, s);
    }

    /** The signing context of one attempt; null when the request goes unsigned. */
    SigningContext context(OperationModel op, ResolvedEndpoint endpoint, HttpRequest request, EventEmitter events,
                           String chooseSignerEvent, Map<String, Object> callContext) {
        AuthSelection selection = selector.select(op, endpoint);
        if (events.hasHandlers(chooseSignerEvent)) {
            HandlerResponse chosen = events.emitUntilResponse(CallEvents.chooseSigner(chooseSignerEvent,
                    selection.signingName(), selection.signingRegion(), selection.signatureVersion(), callContext));
            if (chosen != null && chosen.response() != null) {
                selection = withVersion(selection, chosen.response().toString());
            }
        }
        if (selection.scheme() == SignatureScheme.NONE) {
            return null;
        }
        boolean https = "https".equalsIgnoreCase(request.uri().getScheme());
        boolean trailer = request.headers().contains("x-amz-trailer");
        boolean checksumHeader = ChecksumStage.hasChecksumHeader(request.headers());
        PayloadSigning payload = AuthSchemeSelector.payloadSigning(selection, https, trailer, checksumHeader,
                op.hasStreamingInput(), payloadSigningEnabled);
        SigningContext.Builder b = selection.toContext().clock(clock()).payloadSigning(payload);
        if (selection.scheme() == SignatureScheme.BEARER) {
            String token = bearerToken.get();
            if (token == null) {
                throw new NoAuthTokenError("Unable to locate authorization token");
            }
            return b.bearerToken(token).build();
        }
        ResolvedCredentials resolved = credentials.get();
        Credentials c = resolved == null ? null : resolved.get();
        if (c == null) {
            throw new NoCredentialsError("Unable to locate credentials");
        }
        return b.credentials(new SigningCredentials(c.accessKey(), c.secretKey(), c.token())).build();
    }

    /** A SigV4 context with the client's credentials for a request that is no operation (auth tokens). */
    SigningContext sigV4(String signingName, String region) {
        ResolvedCredentials resolved = credentials.get();
        Credentials c = resolved == null ? null : resolved.get();
        if (c == null) {
            throw new NoCredentialsError("Unable to locate credentials");
        }
        return SigningContext.builder().scheme(SignatureScheme.SIGV4).signingName(signingName).region(region)
                .clock(clock()).payloadSigning(PayloadSigning.UNSIGNED)
                .credentials(new SigningCredentials(c.accessKey(), c.secretKey(), c.token())).build();
    }

    HttpRequest sign(HttpRequest request, SigningContext ctx) {
        return ctx == null ? request : Signer.forScheme(ctx.scheme()).sign(request, ctx);
    }

    private static AuthSelection withVersion(AuthSelection s, String version) {
        String v = version.toLowerCase(Locale.ROOT);
        SignatureScheme scheme = switch (v) {
            case "none", "unsigned" -> SignatureScheme.NONE;
            case "bearer" -> SignatureScheme.BEARER;
            case "v4a", "s3v4a" -> SignatureScheme.SIGV4A;
            default -> SignatureScheme.SIGV4;
        };
        return new AuthSelection(v, scheme, s.signingName(), s.signingRegion(), s.regionSet(), s.s3Rules(),
                s.normalizePath(), s.doubleUriEncode(), s.unsignedPayload());
    }
}
