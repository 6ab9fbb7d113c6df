package io.boto4j.client;

import io.boto4j.config.ResolvedClientConfig;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.ServiceModel;

/**
 * boto3's {@code client.meta}: the service model, region, endpoint URL, effective configuration, the client's
 * own event emitter and partition.
 */
public final class ClientMeta {
    private final ServiceModel serviceModel;
    private final String regionName;
    private final String endpointUrl;
    private final ResolvedClientConfig config;
    private final EventEmitter events;
    private final String partition;

    ClientMeta(ServiceModel serviceModel, String regionName, String endpointUrl, ResolvedClientConfig config,
               EventEmitter events, String partition) {
        this.serviceModel = serviceModel;
        this.regionName = regionName;
        this.endpointUrl = endpointUrl;
        this.config = config;
        this.events = events;
        this.partition = partition;
    }

    public ServiceModel serviceModel() {
        return serviceModel;
    }

    public String regionName() {
        return regionName;
    }

    /** The endpoint URL without operation input, or null when the rule set needs operation input to answer. */
    public String endpointUrl() {
        return endpointUrl;
    }

    public ResolvedClientConfig config() {
        return config;
    }

    /** The client's emitter: handlers registered here see only this client's calls. */
    public EventEmitter events() {
        return events;
    }

    public String partition() {
        return partition;
    }

    @Override
    public String toString() {
        return "ClientMeta[" + serviceModel.serviceName() + ", region=" + regionName + ", endpoint=" + endpointUrl + "]";
    }
}
