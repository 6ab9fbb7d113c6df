package io.boto4j.internal.customizations;

import io.boto4j.config.ResolvedClientConfig;
import io.boto4j.model.ServiceModel;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a customization may set on a new client before its endpoint resolution and signer are built
 * ({@link ServiceCustomization#configureClient}): rule-set built-ins of every call, signing names signed with
 * literal paths, and the payload-signing choice. The client factory reads the result; nothing here names a
 * service.
 */
public final class ClientSetup {
    private final ServiceModel model;
    private final ResolvedClientConfig config;
    private final String region;
    private final Map<String, Object> endpointBuiltIns = new LinkedHashMap<>();
    private final Set<String> literalPathSigningNames = new HashSet<>();
    private Boolean payloadSigningEnabled;

    public ClientSetup(ServiceModel model, ResolvedClientConfig config, String region) {
        this.model = model;
        this.config = config;
        this.region = region;
    }

    public ServiceModel model() {
        return model;
    }

    /** The client's effective configuration. */
    public ResolvedClientConfig config() {
        return config;
    }

    /** The client's region. */
    public String region() {
        return region;
    }

    /** Sets a rule-set built-in ({@code AWS::...}) for every call of the client, over the generic value. */
    public ClientSetup endpointBuiltIn(String name, Object value) {
        endpointBuiltIns.put(name, value);
        return this;
    }

    /**
     * Requests for these signing names are signed with their paths as they are (no normalization, no double
     * encoding) and with the payload hash header: the signer's variant for object stores.
     */
    public ClientSetup signPathsLiterally(Collection<String> signingNames) {
        literalPathSigningNames.addAll(signingNames);
        return this;
    }

    /** Whether the payload of literal-path requests is signed; null leaves the signer's rules to decide. */
    public ClientSetup payloadSigningEnabled(Boolean enabled) {
        this.payloadSigningEnabled = enabled;
        return this;
    }

    /** The built-ins set so far, in the order set. */
    public Map<String, Object> endpointBuiltIns() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(endpointBuiltIns));
    }

    public Set<String> literalPathSigningNames() {
        return Set.copyOf(literalPathSigningNames);
    }

    public Boolean payloadSigningEnabled() {
        return payloadSigningEnabled;
    }
}
