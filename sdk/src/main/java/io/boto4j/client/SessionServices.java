package io.boto4j.client;

import io.boto4j.config.ClientConfigResolution;
import io.boto4j.config.ConfigStore;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.credentials.ServiceCaller;
import io.boto4j.events.EventEmitter;

/**
 * What a client takes from the session that creates it. The session implements this; a client never sees the
 * session's builder or its other clients. The session's model loader reaches the factory beside this interface
 * (its services are also an {@code internal.loader.LoaderOwner}), so no public signature names it.
 */
public interface SessionServices {
    ConfigStore configStore();

    /** The session's emitter; each client gets a copy. */
    EventEmitter events();

    ClientConfigResolution clientConfigResolution();

    /** The session's credentials, resolved on first use through the default chain; null when none are found. */
    ResolvedCredentials credentials();

    /** How credential and token providers call STS, SSO and sign-in: clients of the same session. */
    ServiceCaller serviceCaller();
}
