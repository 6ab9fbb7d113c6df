package io.boto4j.customizations;

import io.boto4j.config.ResolvedClientConfig;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.ServiceModel;

/**
 * What a customization sees of the client it is installed on.
 *
 * @param model  the service model
 * @param config the client's effective configuration
 * @param events the client's own emitter
 * @param region the client's region
 */
public record CustomizationContext(ServiceModel model, ResolvedClientConfig config, EventEmitter events, String region) {
}
