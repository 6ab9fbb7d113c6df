package io.boto4j.credentials;

/**
 * What a provider hands out: fixed {@link Credentials}, or {@link RefreshableCredentials} that renew themselves.
 * Signers call {@link #get()} once per request and use the snapshot, so the three parts always belong together.
 */
public interface ResolvedCredentials {
    /** The current credentials, refreshed first if they are inside a refresh window. */
    Credentials get();

    /** The provider that produced them, as botocore's {@code Credentials.method} (e.g. {@code env}, {@code assume-role}). */
    String method();
}
