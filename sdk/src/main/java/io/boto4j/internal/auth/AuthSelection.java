package io.boto4j.internal.auth;

import java.util.List;

/**
 * How one call is signed, as {@link AuthSchemeSelector} decides it.
 *
 * @param signatureVersion botocore's name for the signer ({@code v4}, {@code s3v4}, {@code v4a}, {@code s3v4a},
 *                         {@code v4-s3express}, {@code bearer}, {@code none}); what {@code choose-signer}
 *                         handlers see and may replace
 * @param scheme           the algorithm
 * @param signingName      the service name in the credential scope
 * @param signingRegion    the region in the credential scope (SigV4)
 * @param regionSet        the SigV4a region set; empty otherwise
 * @param s3Rules          S3's signing rules: no path normalization or double encoding, payload hash header
 * @param normalizePath    remove dot segments before signing
 * @param doubleUriEncode  encode the wire path again
 * @param unsignedPayload  the operation asks for an unsigned body ({@code unsignedPayload},
 *                         {@code v4-unsigned-body})
 */
public record AuthSelection(String signatureVersion, SignatureScheme scheme, String signingName, String signingRegion,
                            List<String> regionSet, boolean s3Rules, boolean normalizePath, boolean doubleUriEncode,
                            boolean unsignedPayload) {

    /** A signing context builder with scheme, scope and path rules set; add credentials, clock and payload policy. */
    public SigningContext.Builder toContext() {
        SigningContext.Builder b = SigningContext.builder().scheme(scheme).signingName(signingName)
                .region(signingRegion).regionSet(regionSet).normalizePath(normalizePath)
                .doubleUriEncode(doubleUriEncode).contentSha256Header(s3Rules);
        if (scheme == SignatureScheme.SIGV4_S3EXPRESS) {
            b.sessionTokenHeader("x-amz-s3session-token");
        }
        return b;
    }
}
