package io.boto4j.credentials;

/** A source of bearer tokens for services that use bearer auth; null when not configured. */
public interface BearerTokenProvider {
    String method();

    BearerToken load();
}
