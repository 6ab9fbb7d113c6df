package io.boto4j.internal.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a signer needs besides the request: identity, scope, time, payload policy and path rules.
 * Immutable; build one per attempt (signing runs inside the retry loop, so every attempt gets a fresh time).
 */
public final class SigningContext {
    private final SignatureScheme scheme;
    private final SigningCredentials credentials;
    private final String bearerToken;
    private final String signingName;
    private final String region;
    private final List<String> regionSet;
    private final Clock clock;
    private final PayloadSigning payloadSigning;
    private final boolean normalizePath;
    private final boolean doubleUriEncode;
    private final boolean contentSha256Header;
    private final String sessionTokenHeader;

    private SigningContext(Builder b) {
        this.scheme = Objects.requireNonNull(b.scheme, "scheme");
        this.credentials = b.credentials;
        this.bearerToken = b.bearerToken;
        this.signingName = b.signingName;
        this.region = b.region;
        this.regionSet = b.regionSet == null ? List.of() : List.copyOf(b.regionSet);
        this.clock = b.clock == null ? Clock.systemUTC() : b.clock;
        this.payloadSigning = b.payloadSigning;
        this.normalizePath = b.normalizePath;
        this.doubleUriEncode = b.doubleUriEncode;
        this.contentSha256Header = b.contentSha256Header;
        this.sessionTokenHeader = b.sessionTokenHeader;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.scheme = scheme;
        b.credentials = credentials;
        b.bearerToken = bearerToken;
        b.signingName = signingName;
        b.region = region;
        b.regionSet = regionSet;
        b.clock = clock;
        b.payloadSigning = payloadSigning;
        b.normalizePath = normalizePath;
        b.doubleUriEncode = doubleUriEncode;
        b.contentSha256Header = contentSha256Header;
        b.sessionTokenHeader = sessionTokenHeader;
        return b;
    }

    public SignatureScheme scheme() {
        return scheme;
    }

    public SigningCredentials credentials() {
        return credentials;
    }

    public String bearerToken() {
        return bearerToken;
    }

    public String signingName() {
        return signingName;
    }

    public String region() {
        return region;
    }

    /** The SigV4a region set ({@code *} for all regions); empty for other schemes. */
    public List<String> regionSet() {
        return regionSet;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public PayloadSigning payloadSigning() {
        return payloadSigning;
    }

    /** Remove dot segments and repeated slashes from the path before signing (not for S3). */
    public boolean normalizePath() {
        return normalizePath;
    }

    /** Percent-encode the already-encoded wire path again (SigV4's default; S3 and disableDoubleEncoding: no). */
    public boolean doubleUriEncode() {
        return doubleUriEncode;
    }

    /** Send the payload hash as {@code X-Amz-Content-SHA256} (always for S3; otherwise only when unsigned). */
    public boolean contentSha256Header() {
        return contentSha256Header;
    }

    /** The header that carries the session token: {@code X-Amz-Security-Token}, or S3 Express's own. */
    public String sessionTokenHeader() {
        return sessionTokenHeader;
    }

    @Override
    public String toString() {
        return "SigningContext[" + scheme + ", name=" + signingName + ", region=" + region
                + (regionSet.isEmpty() ? "" : ", regionSet=" + regionSet) + ", payload=" + payloadSigning
                + ", credentials=" + credentials + (bearerToken == null ? "" : ", bearerToken=****") + "]";
    }

    public static final class Builder {
        private SignatureScheme scheme = SignatureScheme.SIGV4;
        private SigningCredentials credentials;
        private String bearerToken;
        private String signingName;
        private String region;
        private List<String> regionSet;
        private Clock clock;
        private PayloadSigning payloadSigning = PayloadSigning.SIGNED;
        private boolean normalizePath = true;
        private boolean doubleUriEncode = true;
        private boolean contentSha256Header;
        private String sessionTokenHeader = "X-Amz-Security-Token";

        public Builder scheme(SignatureScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        public Builder credentials(SigningCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder bearerToken(String token) {
            this.bearerToken = token;
            return this;
        }

        public Builder signingName(String signingName) {
            this.signingName = signingName;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder regionSet(List<String> regionSet) {
            this.regionSet = regionSet;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder payloadSigning(PayloadSigning payloadSigning) {
            this.payloadSigning = Objects.requireNonNull(payloadSigning);
            return this;
        }

        public Builder normalizePath(boolean normalizePath) {
            this.normalizePath = normalizePath;
            return this;
        }

        public Builder doubleUriEncode(boolean doubleUriEncode) {
            this.doubleUriEncode = doubleUriEncode;
            return this;
        }

        public Builder contentSha256Header(boolean contentSha256Header) {
            this.contentSha256Header = contentSha256Header;
            return this;
        }

        public Builder sessionTokenHeader(String sessionTokenHeader) {
            this.sessionTokenHeader = sessionTokenHeader;
            return this;
        }

        /** S3's rules: no path normalization, no double encoding, payload hash always sent as a header. */
        public Builder s3PathRules() {
            return normalizePath(false).doubleUriEncode(false).contentSha256Header(true);
        }

        public SigningContext build() {
            return new SigningContext(this);
        }
    }
}
