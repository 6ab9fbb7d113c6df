package io.boto4j.internal.auth;

import java.util.Objects;

/**
 * The credentials a signer needs. A deliberately small view: the credentials package (providers, refresh) is
 * adapted to it by the caller. {@link #toString()} never shows the secret key or the session token.
 *
 * @param accessKey    the access key id
 * @param secretKey    the secret access key
 * @param sessionToken the session token, or null
 */
public record SigningCredentials(String accessKey, String secretKey, String sessionToken) {
    public SigningCredentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    public static SigningCredentials of(String accessKey, String secretKey) {
        return new SigningCredentials(accessKey, secretKey, null);
    }

    @Override
    public String toString() {
        return "SigningCredentials[accessKey=" + accessKey + ", secretKey=****"
                + (sessionToken == null ? "" : ", sessionToken=****") + "]";
    }
}
