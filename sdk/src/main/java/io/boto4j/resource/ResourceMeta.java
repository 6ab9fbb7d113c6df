package io.boto4j.resource;

import io.boto4j.client.Client;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** boto3's {@code resource.meta}: the service, the class, the low-level client, the identifiers and the data. */
public final class ResourceMeta {
    private final Resource resource;

    ResourceMeta(Resource resource) {
        this.resource = resource;
    }

    /** The low-level client every call of the resource goes through ({@code sqs_resource.meta.client}). */
    public Client client() {
        return resource.client();
    }

    public String serviceName() {
        return resource.type().serviceName();
    }

    /** The resource's name in the model ({@code Queue}). */
    public String resourceName() {
        return resource.type().name();
    }

    /** boto3's class name ({@code sqs.Queue}). */
    public String typeName() {
        return resource.type().className();
    }

    /** boto3's identifier names in model order. */
    public List<String> identifiers() {
        return resource.type().identifierNames();
    }

    /** The data loaded or kept so far (boto3's {@code meta.data}), or null when none is; never loads. */
    public Map<String, Object> data() {
        Map<String, Object> d = resource.dataOrNull();
        return d == null ? null : Collections.unmodifiableMap(d);
    }

    /** The resource class with its names by category. */
    public ResourceType resourceType() {
        return resource.type();
    }

    @Override
    public String toString() {
        return "ResourceMeta('" + serviceName() + "', identifiers=" + identifiers() + ")";
    }
}
