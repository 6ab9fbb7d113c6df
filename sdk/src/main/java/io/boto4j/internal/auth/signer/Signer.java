package io.boto4j.internal.auth.signer;

import io.boto4j.internal.auth.SignatureScheme;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.exception.UnsupportedSignatureVersionError;
import io.boto4j.http.HttpRequest;

/** Signs a request: returns a new request with the auth headers (or query) added. */
@FunctionalInterface
public interface Signer {
    HttpRequest sign(HttpRequest request, SigningContext context);

    /** The signer for a scheme; all are stateless apart from caches of derived keys, and shared. */
    static Signer forScheme(SignatureScheme scheme) {
        return switch (scheme) {
            case SIGV4, SIGV4_S3EXPRESS -> SigV4Signer.INSTANCE;
            case SIGV4A -> SigV4aSigner.INSTANCE;
            case BEARER -> BearerSigner.INSTANCE;
            case NONE -> (request, context) -> request;
        };
    }

    /** Fails with botocore's message when a scheme cannot sign over this request. */
    static UnsupportedSignatureVersionError unsupported(String what) {
        return new UnsupportedSignatureVersionError(what);
    }
}
