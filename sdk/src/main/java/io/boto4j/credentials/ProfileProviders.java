package io.boto4j.credentials;

import java.util.List;

/**
 * Builds the providers that read a profile (web identity, SSO, shared credentials file, login, process, config
 * file), in botocore's order; used for the default chain and for an assume-role source_profile.
 */
@FunctionalInterface
interface ProfileProviders {
    List<CredentialsProvider> forProfile(String profileName, boolean disableEnv);
}
