package io.boto4j;

import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.resource.ServiceResource;

/**
 * boto3's module-level shortcuts over one default session: {@code Boto.client("s3")} is {@code boto3.client("s3")}.
 * The default session is created on first use, or set with {@link #setupDefaultSession}.
 */
public final class Boto {
    private static volatile Session defaultSession;

    private Boto() {
    }

    /** Replaces the default session, like {@code boto3.setup_default_session(...)}. */
    public static Session setupDefaultSession(Session session) {
        defaultSession = session;
        return session;
    }

    public static Session setupDefaultSession() {
        return setupDefaultSession(Session.create());
    }

    public static Session defaultSession() {
        Session s = defaultSession;
        if (s == null) {
            synchronized (Boto.class) {
                s = defaultSession;
                if (s == null) {
                    s = Session.create();
                    defaultSession = s;
                }
            }
        }
        return s;
    }

    public static Client client(String serviceName) {
        return defaultSession().client(serviceName);
    }

    public static Client client(String serviceName, ClientOptions options) {
        return defaultSession().client(serviceName, options);
    }

    /** {@code boto3.resource("s3")}: a resource of the default session. */
    public static ServiceResource resource(String serviceName) {
        return defaultSession().resource(serviceName);
    }

    public static ServiceResource resource(String serviceName, ClientOptions options) {
        return defaultSession().resource(serviceName, options);
    }
}
