package io.boto4j.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * An immutable set of AWS credentials. {@link #toString()} shows the access key id only; the secret key and the
 * session token never appear in any string this class produces.
 *
 * @param accessKey  the access key id
 * @param secretKey  the secret access key
 * @param token      the session token, or null
 * @param method     the provider that produced them (botocore's {@code Credentials.method})
 * @param expiry     when they expire, or null
 * @param accountId  the AWS account id if the source reported it, or null
 */
public record Credentials(String accessKey, String secretKey, String token, String method, Instant expiry,
                          String accountId) implements ResolvedCredentials {
    public Credentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    /** Static credentials, as given in code ({@code method} is {@code explicit}). */
    public static Credentials of(String accessKey, String secretKey, String token) {
        return new Credentials(accessKey, secretKey, token, "explicit", null, null);
    }

    @Override
    public Credentials get() {
        return this;
    }

    public Credentials withMethod(String newMethod) {
        return new Credentials(accessKey, secretKey, token, newMethod, expiry, accountId);
    }

    @Override
    public String toString() {
        return "Credentials[accessKey=" + accessKey + ", secretKey=****, token=" + (token == null ? "null" : "****")
                + ", method=" + method + ", expiry=" + expiry + ", accountId=" + accountId + "]";
    }
}
