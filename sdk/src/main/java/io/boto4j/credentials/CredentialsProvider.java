package io.boto4j.credentials;

/**
 * One source of credentials in a {@link CredentialResolver} chain, named by its {@link #method()} (botocore's
 * {@code METHOD}: {@code env}, {@code assume-role}, {@code sso}, ...) so that the chain can be edited by name.
 */
public interface CredentialsProvider {
    /** The method name reported on the credentials and used to find this provider in a chain. */
    String method();

    /** The name a profile's {@code credential_source} uses for this provider (e.g. {@code Environment}), or null. */
    default String canonicalName() {
        return null;
    }

    /**
     * The credentials, or null when this provider is not configured (the chain moves on). A provider that is
     * configured but fails raises an error naming the profile and the cause, and the chain stops there.
     */
    ResolvedCredentials load();
}
