package io.boto4j.internal.resource.customizations.ec2;

import io.boto4j.events.EventEmitter;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ResourceClassBuilder;
import io.boto4j.resource.ResourceCustomization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * boto3's EC2 resource customizations ({@code boto3.ec2.createtags}, {@code boto3.ec2.deletetags}): the service
 * resource's {@code create_tags} returns a {@code Tag} resource per resource and tag, which the resource model
 * cannot say; {@code Instance.delete_tags} deletes tags of the instance.
 */
public final class Ec2ResourceCustomization implements ResourceCustomization {
    @Override
    public void register(EventEmitter events) {
        ResourceClassBuilder.onCreating(events, "ec2.ServiceResource",
                b -> b.replaceAction("create_tags", Ec2ResourceCustomization::createTags));
        ResourceClassBuilder.onCreating(events, "ec2.Instance", b -> b.action("delete_tags", (instance, params) -> {
            params.put("Resources", List.of(instance.<String>identifier("id")));
            return instance.meta().client().call("DeleteTags", params);
        }));
    }

    private static List<Resource> createTags(Resource ec2, Map<String, Object> params) {
        ec2.meta().client().call("CreateTags", params);
        List<Resource> tags = new ArrayList<>();
        for (Object id : params.get("Resources") instanceof List<?> l ? l : List.of()) {
            for (Object tag : params.get("Tags") instanceof List<?> t ? t : List.of()) {
                Map<?, ?> kv = (Map<?, ?>) tag;
                tags.add(ec2.resource("Tag", id, kv.get("Key"), kv.get("Value")));
            }
        }
        return tags;
    }
}
