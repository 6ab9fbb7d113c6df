package io.boto4j.internal.auth.signer;

import io.boto4j.internal.auth.SigningContext;
import io.boto4j.exception.NoAuthTokenError;
import io.boto4j.http.HttpRequest;

/** {@code Authorization: Bearer <token>}; refuses plain HTTP, where the token would travel in clear. */
public final class BearerSigner implements Signer {
    public static final BearerSigner INSTANCE = new BearerSigner();

    private BearerSigner() {
    }

    @Override
    public HttpRequest sign(HttpRequest request, SigningContext context) {
        if (context.bearerToken() == null) {
            throw new NoAuthTokenError("Unable to locate authorization token");
        }
        if (!"https".equalsIgnoreCase(request.uri().getScheme())) {
            throw Signer.unsupported("Signature version bearer requires HTTPS; refusing to send a bearer token "
                    + "to " + request.uri().getScheme() + "://" + request.uri().getRawAuthority());
        }
        return request.toBuilder().header("Authorization", "Bearer " + context.bearerToken()).build();
    }
}
