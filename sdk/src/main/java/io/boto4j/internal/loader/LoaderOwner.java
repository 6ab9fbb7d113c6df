package io.boto4j.internal.loader;

/**
 * What carries a model {@link Loader} to the SDK's own factories where a public signature must not name it: the
 * session's services implement this beside {@code io.boto4j.client.SessionServices}, and the client and resource
 * factories take their loader from it.
 */
public interface LoaderOwner {
    Loader loader();

    /**
     * The loader of {@code owner}.
     *
     * @throws IllegalArgumentException when {@code owner} is not one of the SDK's (a user's own SessionServices)
     */
    static Loader of(Object owner) {
        if (owner instanceof LoaderOwner o) {
            return o.loader();
        }
        throw new IllegalArgumentException((owner == null ? "null" : owner.getClass().getName())
                + " has no model loader: clients and resources are built from a Session's services");
    }
}
