package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;

/** Static keys in the profile of the shared config file ({@code ~/.aws/config}). */
final class ConfigFileProvider implements CredentialsProvider {
    static final String METHOD = "config-file";

    private final ConfigStore store;
    private final String profileName;

    ConfigFileProvider(ConfigStore store, String profileName) {
        this.store = store;
        this.profileName = profileName;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "SharedConfig";
    }

    @Override
    public ResolvedCredentials load() {
        return StaticProfileKeys.read(store.configFileProfile(profileName), METHOD, profileName);
    }
}
