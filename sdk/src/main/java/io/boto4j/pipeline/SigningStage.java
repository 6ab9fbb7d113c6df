package io.boto4j.pipeline;

import io.boto4j.auth.PayloadSigning;
import io.boto4j.auth.SignatureScheme;
import io.boto4j.auth.SigningContext;
import io.boto4j.auth.SigningCredentials;
import io.boto4j.auth.signer.Signer;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.endpoints.EndpointAuthScheme;
import io.boto4j.endpoints.ResolvedEndpoint;
import io.boto4j.events.EventEmitter;
import io.boto4j.events.HandlerResponse;
import io.boto4j.exception.NoAuthTokenError;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.exception.UnsupportedSignatureVersionError;
import io.boto4j.http.HttpRequest;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Chooses how a request is signed and signs it, inside the retry loop so every attempt carries a fresh
 * signature. The scheme comes, in botocore's order, from a {@code choose-signer} handler, the client's
 * {@code signature_version}, the operation's {@code auth}/{@code authtype} traits, then the service's; the
 * endpoint's {@code authSchemes} then give the signing name, region or region set.
 */
public final class SigningStage {
    private final ServiceModel model;
    private final String signatureVersionOverride;
    private final String clientRegion;
    private final List<String> sigv4aRegionSet;
    private final Boolean s3PayloadSigning;
    private final Supplier<ResolvedCredentials> credentials;
    private final Supplier<String> bearerToken;
    private final Clock baseClock;
    private volatile Duration skew = Duration.ZERO;
    private final boolean s3Rules;
    private final Map<String, SignatureScheme> schemes = new ConcurrentHashMap<>();

    public SigningStage(ServiceModel model, String signatureVersion, String clientRegion, List<String> sigv4aRegionSet,
                 Boolean s3PayloadSigning, Supplier<ResolvedCredentials> credentials, Supplier<String> bearerToken,
                 Clock clock) {
        this.model = model;
        this.signatureVersionOverride = signatureVersion;
        this.clientRegion = clientRegion;
        this.sigv4aRegionSet = sigv4aRegionSet;
        this.s3PayloadSigning = s3PayloadSigning;
        this.credentials = credentials;
        this.bearerToken = bearerToken;
        this.baseClock = clock;
        String sv = model.signatureVersion();
        this.s3Rules = "s3v4".equals(sv) || "s3".equals(sv);
    }

    /** Corrects the signing clock after a clock-skew error; every later signature uses the server's time. */
    void correctClock(Duration offset) {
        this.skew = offset;
    }

    Clock clock() {
        Duration s = skew;
        return s.isZero() ? baseClock : Clock.offset(baseClock, s);
    }

    /** The scheme the operation's traits and the client's config ask for, before events and endpoint. */
    SignatureScheme schemeFor(OperationModel op) {
        return schemes.computeIfAbsent(op.name(), n -> resolveScheme(op));
    }

    private SignatureScheme resolveScheme(OperationModel op) {
        if (signatureVersionOverride != null) {
            return byName(signatureVersionOverride);
        }
        for (String id : op.auth()) {
            SignatureScheme s = bySmithyId(id);
            if (s != null) {
                return s;
            }
        }
        if (op.authType() != null) {
            return byName(op.authType());
        }
        for (String id : model.auth()) {
            SignatureScheme s = bySmithyId(id);
            if (s != null) {
                return s;
            }
        }
        return model.signatureVersion() == null ? SignatureScheme.SIGV4 : byName(model.signatureVersion());
    }

    private static SignatureScheme bySmithyId(String id) {
        return switch (id) {
            case "aws.auth#sigv4" -> SignatureScheme.SIGV4;
            case "aws.auth#sigv4a" -> SignatureScheme.SIGV4A;
            case "smithy.api#httpBearerAuth" -> SignatureScheme.BEARER;
            case "smithy.api#noAuth" -> SignatureScheme.NONE;
            default -> null;
        };
    }

    static SignatureScheme byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "v4", "s3v4", "v4-unsigned-body", "s3v4-query", "v4-query", "s3" -> SignatureScheme.SIGV4;
            case "v4a", "s3v4a" -> SignatureScheme.SIGV4A;
            case "bearer" -> SignatureScheme.BEARER;
            case "none", "unsigned" -> SignatureScheme.NONE;
            default -> throw new UnsupportedSignatureVersionError("Signature version is not supported: " + name);
        };
    }

    /** Builds the signing context of one attempt; null when the request goes unsigned. */
    SigningContext context(OperationModel op, ResolvedEndpoint endpoint, HttpRequest request, EventEmitter events,
                           String chooseSignerEvent, Map<String, Object> callContext) {
        SignatureScheme scheme = schemeFor(op);
        String signingName = model.signingName();
        String region = clientRegion;
        List<String> regionSet = sigv4aRegionSet;
        boolean normalize = !s3Rules;
        boolean doubleEncode = !s3Rules;
        if (scheme != SignatureScheme.NONE && scheme != SignatureScheme.BEARER) {
            EndpointAuthScheme ep = firstSupported(endpoint.authSchemes());
            if (ep != null) {
                switch (ep.name()) {
                    case "sigv4a" -> scheme = SignatureScheme.SIGV4A;
                    case "none" -> scheme = SignatureScheme.NONE;
                    default -> scheme = SignatureScheme.SIGV4;
                }
                if (ep.signingName() != null) {
                    signingName = ep.signingName();
                }
                if (ep.signingRegion() != null) {
                    region = ep.signingRegion();
                }
                if (!ep.signingRegionSet().isEmpty() && (regionSet == null || regionSet.isEmpty())) {
                    regionSet = ep.signingRegionSet();
                }
                if (ep.disableDoubleEncoding() != null) {
                    doubleEncode = !ep.disableDoubleEncoding();
                }
                if (ep.disableNormalizePath() != null) {
                    normalize = !ep.disableNormalizePath();
                }
            }
        }
        if (events.hasHandlers(chooseSignerEvent)) {
            Map<String, Object> kwargs = new HashMap<>();
            kwargs.put("signing_name", signingName);
            kwargs.put("region_name", region);
            kwargs.put("signature_version", scheme.name().toLowerCase(Locale.ROOT));
            kwargs.put("context", callContext);
            HandlerResponse chosen = events.emitUntilResponse(chooseSignerEvent, kwargs);
            if (chosen != null && chosen.response() != null) {
                scheme = byName(chosen.response().toString());
            }
        }
        if (scheme == SignatureScheme.NONE) {
            return null;
        }
        SigningContext.Builder b = SigningContext.builder().scheme(scheme).signingName(signingName).region(region)
                .clock(clock()).normalizePath(normalize).doubleUriEncode(doubleEncode)
                .contentSha256Header(s3Rules)
                .payloadSigning(payloadSigning(op, request));
        if (regionSet != null && !regionSet.isEmpty()) {
            b.regionSet(regionSet);
        } else if (scheme == SignatureScheme.SIGV4A) {
            b.regionSet(List.of(region));
        }
        if (scheme == SignatureScheme.BEARER) {
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

    HttpRequest sign(HttpRequest request, SigningContext ctx) {
        return ctx == null ? request : Signer.forScheme(ctx.scheme()).sign(request, ctx);
    }

    private PayloadSigning payloadSigning(OperationModel op, HttpRequest request) {
        boolean https = "https".equalsIgnoreCase(request.uri().getScheme());
        if (request.headers().contains("x-amz-trailer")) {
            return PayloadSigning.STREAMING_UNSIGNED_TRAILER;
        }
        if (!https) {
            return PayloadSigning.SIGNED;
        }
        if (s3Rules) {
            return Boolean.TRUE.equals(s3PayloadSigning) ? PayloadSigning.SIGNED : PayloadSigning.UNSIGNED;
        }
        if (op.isUnsignedPayload() || "v4-unsigned-body".equals(op.authType())) {
            return PayloadSigning.UNSIGNED;
        }
        return PayloadSigning.SIGNED;
    }

    private static EndpointAuthScheme firstSupported(List<EndpointAuthScheme> schemes) {
        for (EndpointAuthScheme s : schemes) {
            switch (s.name()) {
                case "sigv4", "sigv4a", "sigv4-s3express", "none" -> {
                    return s;
                }
                default -> {
                    // a scheme this SDK does not speak: the rule set lists alternatives in order of preference
                }
            }
        }
        return null;
    }
}
