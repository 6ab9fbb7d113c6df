package io.boto4j.internal.auth;

import io.boto4j.internal.endpoints.EndpointAuthScheme;
import io.boto4j.internal.endpoints.ResolvedEndpoint;
import io.boto4j.exception.UnsupportedSignatureVersionError;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the signer, signing name and region of a call with botocore's precedence: the endpoint's
 * {@code authSchemes} (matched against a configured signature version or auth-scheme preference), else the
 * operation's {@code auth}/{@code authtype} trait, else the client's signature version. Built once per client;
 * {@link #select} is cheap and thread-safe.
 */
public final class AuthSchemeSelector {
    /** Model auth trait ids to botocore signature versions. */
    static final Map<String, String> AUTH_TRAIT_TO_VERSION = Map.of(
            "aws.auth#sigv4", "v4",
            "aws.auth#sigv4a", "v4a",
            "smithy.api#httpBearerAuth", "bearer",
            "smithy.api#noAuth", "none");
    /** Auth-scheme preference names ({@code auth_scheme_preference}) to signature versions. */
    static final Map<String, String> PREFERENCE_TO_VERSION = Map.of(
            "sigv4", "v4", "sigv4a", "v4a", "httpBearerAuth", "bearer", "noAuth", "none");
    private static final Set<String> SUPPORTED = Set.of("v4", "v4a", "s3v4", "s3v4a", "v4-s3express", "bearer",
            "none", "v4-unsigned-body", "v4-query", "s3v4-query", "v4a-query", "s3v4a-query", "s3v4-presign-post");

    private final String clientSignatureVersion;
    private final String requestedSignatureVersion;
    private final List<String> authSchemePreference;
    private final List<String> sigv4aRegionSet;
    private final String defaultSigningName;
    private final String clientRegion;
    private final Set<String> s3StyleSigningNames;

    /**
     * @param clientSignatureVersion    the client's signature version (see {@link #clientSignatureVersion})
     * @param requestedSignatureVersion {@code Config.signatureVersion} as the user set it, or null; "none",
     *                                  "unsigned" and "UNSIGNED" mean anonymous
     * @param authSchemePreference      {@code auth_scheme_preference} (comma-separated), or null
     * @param sigv4aRegionSet           {@code sigv4a_signing_region_set} (comma-separated), or null
     * @param service                   the service model (default signing name)
     * @param clientRegion              the client's region (default signing region)
     * @param s3StyleSigningNames       signing names that use S3's signer rules; supplied by the S3
     *                                  customization so that this package names no service
     */
    public AuthSchemeSelector(String clientSignatureVersion, String requestedSignatureVersion,
                              String authSchemePreference, String sigv4aRegionSet, ServiceModel service,
                              String clientRegion, Set<String> s3StyleSigningNames) {
        this.requestedSignatureVersion = normalizeRequested(requestedSignatureVersion);
        this.clientSignatureVersion = clientSignatureVersion;
        this.authSchemePreference = split(authSchemePreference);
        this.sigv4aRegionSet = split(sigv4aRegionSet);
        this.defaultSigningName = service.signingName();
        this.clientRegion = clientRegion;
        this.s3StyleSigningNames = Set.copyOf(s3StyleSigningNames);
    }

    /**
     * The generic part of the client's signature version: the configured one, else the service's {@code auth}
     * trait, else its {@code signatureVersion} metadata. (botocore pins S3 and S3 Control to {@code s3v4} before
     * this; that rule belongs to the S3 customization.)
     */
    public static String clientSignatureVersion(String configured, ServiceModel service) {
        String normalized = normalizeRequested(configured);
        if (normalized != null) {
            return normalized;
        }
        if (!service.auth().isEmpty()) {
            return fromAuthTrait(service.auth());
        }
        String v = service.signatureVersion();
        if (v == null) {
            throw new UnsupportedSignatureVersionError("Service " + service.serviceName()
                    + " declares neither an auth trait nor a signatureVersion");
        }
        return v;
    }

    private static String normalizeRequested(String v) {
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.equals("unsigned") || lower.equals("none") ? "none" : v;
    }

    /** botocore's {@code resolve_auth_type}: the first auth trait id boto4j can sign with. */
    static String fromAuthTrait(List<String> auth) {
        for (String id : auth) {
            String v = AUTH_TRAIT_TO_VERSION.get(id);
            if (v == null) {
                throw new UnsupportedSignatureVersionError("Unknown Signature Version: " + id + ".");
            }
            return v;
        }
        throw new UnsupportedSignatureVersionError("Signature version is not supported: " + auth);
    }

    /** Decides the signing of one call. */
    public AuthSelection select(OperationModel operation, ResolvedEndpoint endpoint) {
        return select(operation, endpoint, false);
    }

    /**
     * Decides the signing of one call; {@code ignoreSigningRegion} keeps the client's region even when the
     * endpoint names another (botocore does so for presigned URLs).
     */
    public AuthSelection select(OperationModel operation, ResolvedEndpoint endpoint, boolean ignoreSigningRegion) {
        String authType = operation == null ? null
                : !operation.auth().isEmpty() ? fromAuthTrait(operation.auth()) : operation.authType();
        String signingName = defaultSigningName;
        String region = clientRegion;
        List<String> regionSet = List.of();
        Boolean disableDoubleEncoding = null;
        Boolean disableNormalizePath = null;
        if (endpoint != null && !endpoint.authSchemes().isEmpty()) {
            EndpointChoice choice = fromEndpoint(endpoint.authSchemes(), operation);
            authType = choice.version;
            EndpointAuthScheme s = choice.scheme;
            if (s != null) {
                if (s.signingRegion() != null) {
                    region = ignoreSigningRegion ? clientRegion : s.signingRegion();
                } else if (!s.signingRegionSet().isEmpty()) {
                    regionSet = s.signingRegionSet();
                }
                if (s.signingName() != null) {
                    signingName = s.signingName();
                }
                disableDoubleEncoding = s.disableDoubleEncoding();
                disableNormalizePath = s.disableNormalizePath();
            }
        }
        String version = authType != null && !authType.isEmpty() ? authType : clientSignatureVersion;
        boolean unsignedBody = operation != null && operation.isUnsignedPayload() || "v4-unsigned-body".equals(version);
        boolean s3 = s3StyleSigningNames.contains(signingName);
        SignatureScheme scheme;
        if (version.equals("none")) {
            scheme = SignatureScheme.NONE;
        } else if (version.equals("bearer")) {
            scheme = SignatureScheme.BEARER;
        } else if (version.startsWith("v4-s3express")) {
            scheme = SignatureScheme.SIGV4_S3EXPRESS;
            s3 = true;
        } else if (version.equals("v4a") || version.equals("s3v4a")) {
            scheme = SignatureScheme.SIGV4A;
            version = s3 ? "s3v4a" : "v4a";
            if (!sigv4aRegionSet.isEmpty()) {
                regionSet = sigv4aRegionSet;
            } else if (regionSet.isEmpty()) {
                regionSet = List.of("*");
            }
        } else if (version.startsWith("v4") || version.startsWith("s3v4")) {
            scheme = SignatureScheme.SIGV4;
            s3 |= version.startsWith("s3v4");
            version = s3 ? "s3v4" : "v4";
        } else {
            throw new UnsupportedSignatureVersionError("Signature version is not supported: " + version);
        }
        boolean normalize = !s3 && !Boolean.TRUE.equals(disableNormalizePath);
        boolean doubleEncode = !s3 && !Boolean.TRUE.equals(disableDoubleEncoding);
        return new AuthSelection(version, scheme, signingName, region,
                scheme == SignatureScheme.SIGV4A ? regionSet : List.of(), s3, normalize, doubleEncode, unsignedBody);
    }

    private record EndpointChoice(String version, EndpointAuthScheme scheme) {
    }

    /** botocore's {@code auth_schemes_to_signing_ctx}. A null version means "use the client's". */
    private EndpointChoice fromEndpoint(List<EndpointAuthScheme> schemes, OperationModel operation) {
        if ("none".equals(requestedSignatureVersion)) {
            return new EndpointChoice("none", null);
        }
        if (requestedSignatureVersion != null) {
            for (EndpointAuthScheme s : schemes) {
                if (matchesRequested(requestedSignatureVersion, stripSig(s.name()))) {
                    return new EndpointChoice(requestedSignatureVersion, s);
                }
            }
            return new EndpointChoice(null, null);
        }
        if (!authSchemePreference.isEmpty()) {
            List<String> offered = new ArrayList<>();
            for (EndpointAuthScheme s : schemes) {
                offered.add(s.name().substring(s.name().indexOf('#') + 1));
            }
            LinkedHashSet<String> ordered = new LinkedHashSet<>(authSchemePreference);
            ordered.addAll(offered);
            for (String name : ordered) {
                if (!offered.contains(name)) {
                    continue;
                }
                String v = PREFERENCE_TO_VERSION.get(name);
                if (v != null) {
                    for (EndpointAuthScheme s : schemes) {
                        if (stripSig(s.name()).equals(v) || s.name().endsWith(name)) {
                            return new EndpointChoice(v, s);
                        }
                    }
                }
            }
            throw new UnsupportedSignatureVersionError("Signature version is not supported: "
                    + String.join(", ", offered));
        }
        List<String> names = new ArrayList<>();
        for (EndpointAuthScheme s : schemes) {
            String v = stripSig(s.name());
            names.add(s.name());
            if (SUPPORTED.contains(v)) {
                return new EndpointChoice(v, s);
            }
        }
        throw new UnsupportedSignatureVersionError("Unknown Signature Version: " + String.join(", ", names) + ".");
    }

    private static String stripSig(String name) {
        return name.startsWith("sig") ? name.substring(3) : name;
    }

    /** A configured version matches a rule-set scheme up to its first dash, with an "s3" prefix ignored. */
    private static boolean matchesRequested(String requested, String ruleSetName) {
        String boto = requested.split("-", 2)[0];
        if (!boto.equals("s3") && boto.startsWith("s3")) {
            boto = boto.substring(2);
        }
        return ruleSetName.equals(boto);
    }

    /**
     * The payload policy of a signed request with botocore's rules. S3 rules: an explicit
     * {@code payload_signing_enabled} wins; over plain HTTP, or without a checksum header, the body is signed;
     * streaming uploads over HTTPS with a checksum are not. Others: unsigned only when the operation asks.
     */
    public static PayloadSigning payloadSigning(AuthSelection selection, boolean https, boolean checksumTrailer,
                                                boolean checksumHeaderPresent, boolean streamingInput,
                                                Boolean s3PayloadSigningEnabled) {
        if (checksumTrailer) {
            return PayloadSigning.STREAMING_UNSIGNED_TRAILER;
        }
        if (!selection.s3Rules()) {
            return selection.unsignedPayload() ? PayloadSigning.UNSIGNED : PayloadSigning.SIGNED;
        }
        if (s3PayloadSigningEnabled != null) {
            return s3PayloadSigningEnabled ? PayloadSigning.SIGNED : PayloadSigning.UNSIGNED;
        }
        if (!https || !checksumHeaderPresent) {
            return PayloadSigning.SIGNED;
        }
        if (streamingInput || selection.unsignedPayload()) {
            return PayloadSigning.UNSIGNED;
        }
        return PayloadSigning.SIGNED;
    }

    private static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }
}
