package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;

/** Static keys of the profile's section in the shared credentials file ({@code ~/.aws/credentials}). */
final class SharedCredentialsFileProvider implements CredentialsProvider {
    static final String METHOD = "shared-credentials-file";

    private final ConfigStore store;
    private final String profileName;

    SharedCredentialsFileProvider(ConfigStore store, String profileName) {
        this.store = store;
        this.profileName = profileName;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "SharedCredentials";
    }

    @Override
    public ResolvedCredentials load() {
        return StaticProfileKeys.read(store.credentialsFileProfile(profileName), METHOD, profileName);
    }
}
