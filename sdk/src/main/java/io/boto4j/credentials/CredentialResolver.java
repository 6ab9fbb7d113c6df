package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.NoCredentialsError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * An ordered chain of named providers; the first that returns credentials wins. Users edit the default chain by
 * provider name ({@link #insertBefore}, {@link #insertAfter}, {@link #remove}) rather than rebuilding it.
 *
 * <p>The default chain ({@link #createDefault}), in botocore's order: {@code env}, {@code assume-role},
 * {@code assume-role-with-web-identity}, {@code sso}, {@code shared-credentials-file}, {@code login},
 * {@code custom-process}, {@code config-file}, {@code ec2-credentials-file}, {@code boto-config},
 * {@code container-role}, {@code iam-role}. A profile named on the
 * session itself removes {@code env}.
 */
public final class CredentialResolver {
    private static final System.Logger LOG = System.getLogger(CredentialResolver.class.getName());

    private final List<CredentialsProvider> providers;

    public CredentialResolver(List<CredentialsProvider> providers) {
        this.providers = new ArrayList<>(providers);
    }

    /** Options of the default chain. */
    public record Options(Clock clock, Function<String, String> mfaTokenProvider, String region) {
        /** System clock, no MFA callback, the session's region for STS. */
        public static Options defaults() {
            return new Options(Clock.systemUTC(), null, null);
        }

        /** @param mfaTokenProvider given the {@code mfa_serial}, returns the current MFA code */
        public Options withMfaTokenProvider(Function<String, String> mfaTokenProvider) {
            return new Options(clock, mfaTokenProvider, region);
        }

        /** @param region the region of STS calls (botocore uses the client's region) */
        public Options withRegion(String region) {
            return new Options(clock, mfaTokenProvider, region);
        }

        public Options withClock(Clock clock) {
            return new Options(clock, mfaTokenProvider, region);
        }
    }

    /**
     * botocore's default chain over a session's configuration. Reading variables here may raise
     * {@code ProfileNotFound} for a named profile that does not exist, as botocore does.
     *
     * @param caller calls STS/SSO/sign-in for the providers that need it (the client layer implements it)
     */
    public static CredentialResolver createDefault(ConfigStore store, ServiceCaller caller, Options options) {
        String profile = store.profileName();
        store.profile(); // a missing named profile fails here, before any provider runs
        ProviderContext ctx = new ProviderContext(store, caller, options.clock(), options.mfaTokenProvider(),
                options.region());
        boolean disableEnv = store.profileSetExplicitly();
        EnvironmentProvider env = new EnvironmentProvider(store.env(), options.clock());
        ContainerProvider container = new ContainerProvider(store.env(), options.clock());
        InstanceMetadataProvider imds = new InstanceMetadataProvider(store, options.clock());
        ProfileProviders profileProviders = new ProfileProviders() {
            @Override
            public List<CredentialsProvider> forProfile(String name, boolean noEnv) {
                return List.of(new WebIdentityProvider(ctx, name, noEnv), new SsoProvider(ctx, name),
                        new SharedCredentialsFileProvider(store, name), new LoginProvider(ctx, name),
                        new ProcessProvider(store, name, options.clock()), new ConfigFileProvider(store, name));
            }
        };
        Function<String, CredentialsProvider> byCanonicalName = new ByCanonicalName(List.of(env, container, imds));
        List<CredentialsProvider> chain = new ArrayList<>();
        if (!disableEnv) {
            chain.add(env);
        }
        chain.add(new AssumeRoleProvider(ctx, profile, byCanonicalName, profileProviders));
        chain.addAll(profileProviders.forProfile(profile, disableEnv));
        chain.add(new Ec2CredentialFileProvider(store));
        chain.add(new BotoConfigProvider(store));
        chain.add(container);
        chain.add(imds);
        return new CredentialResolver(chain);
    }

    /**
     * A {@code credential_source}'s provider by its canonical name. A named class with a loop, not a lambda over a
     * stream: the default chain is built on the way to a fresh JVM's first call.
     */
    private static final class ByCanonicalName implements Function<String, CredentialsProvider> {
        private final List<CredentialsProvider> providers;

        ByCanonicalName(List<CredentialsProvider> providers) {
            this.providers = providers;
        }

        @Override
        public CredentialsProvider apply(String name) {
            for (CredentialsProvider p : providers) {
                if (name.equals(p.canonicalName())) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The providers in order (read-only view). */
    public List<CredentialsProvider> providers() {
        return Collections.unmodifiableList(providers);
    }

    /** The provider with this method name, or null. */
    public CredentialsProvider get(String name) {
        return providers.stream().filter(p -> p.method().equals(name)).findFirst().orElse(null);
    }

    public CredentialResolver insertBefore(String name, CredentialsProvider provider) {
        providers.add(indexOf(name), provider);
        return this;
    }

    public CredentialResolver insertAfter(String name, CredentialsProvider provider) {
        providers.add(indexOf(name) + 1, provider);
        return this;
    }

    /** Removes the named provider; removing one that is not there is a no-op, as botocore. */
    public CredentialResolver remove(String name) {
        providers.removeIf(p -> p.method().equals(name));
        return this;
    }

    private int indexOf(String name) {
        for (int i = 0; i < providers.size(); i++) {
            if (providers.get(i).method().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No credential provider named '" + name + "' in the chain; providers are "
                + providers.stream().map(CredentialsProvider::method).toList());
    }

    /** The first credentials found, or null (botocore's {@code load_credentials}). */
    public ResolvedCredentials loadCredentialsOrNull() {
        for (CredentialsProvider p : providers) {
            ResolvedCredentials c = p.load();
            if (c != null) {
                LOG.log(System.Logger.Level.DEBUG, "Found credentials from " + p.method());
                return c;
            }
        }
        return null;
    }

    /** The first credentials found; none is a {@link NoCredentialsError}. */
    public ResolvedCredentials loadCredentials() {
        ResolvedCredentials c = loadCredentialsOrNull();
        if (c == null) {
            throw new NoCredentialsError("Unable to locate credentials (tried "
                    + providers.stream().map(CredentialsProvider::method).toList() + ")");
        }
        return c;
    }

    @Override
    public String toString() {
        return "CredentialResolver" + providers.stream().map(CredentialsProvider::method).toList();
    }
}
