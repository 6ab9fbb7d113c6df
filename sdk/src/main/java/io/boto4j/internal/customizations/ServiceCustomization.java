package io.boto4j.internal.customizations;

import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;

/**
 * A service's quirk as a plugin: botocore's per-service handlers (S3, Glacier, Route 53, ...), each in its own
 * {@code customizations.<service>} package and listed under its service's name in
 * {@code META-INF/boto4j/service-customizations} ({@link CustomizationIndex}), so the core pipeline names no
 * service. It needs a public no-argument constructor. A customization registers handlers on the new client's own emitter; handlers that change a request
 * or a result say so in their names.
 */
public interface ServiceCustomization {
    /** True when this customization is for the client's service. */
    boolean appliesTo(ServiceModel model);

    /** Registers the customization's handlers on a new client. */
    void install(CustomizationContext context);

    /**
     * Settings of a new client that the service needs (endpoint built-ins from its own configuration, how its
     * requests are signed); asked once per client, before its endpoint resolution and signer are built.
     */
    default void configureClient(ClientSetup setup) {
    }

    /** The client's view of an operation (asked once per operation and client); the operation itself by default. */
    default OperationModel adaptOperation(OperationModel operation) {
        return operation;
    }
}
