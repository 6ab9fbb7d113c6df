package io.boto4j.internal.resource.customizations.s3;

import io.boto4j.events.EventEmitter;
import io.boto4j.exception.ClientError;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ResourceClassBuilder;
import io.boto4j.resource.ResourceCustomization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * boto3's S3 resource customizations ({@code boto3.s3.inject}) other than the managed transfers, which
 * {@link S3TransferInjection} adds through the same event:
 * <ul>
 *   <li>{@code Bucket} loads through ListBuckets (there is no call that returns one bucket's attributes), and
 *       keeps empty data when the bucket is not listed or listing is denied;</li>
 *   <li>{@code ObjectSummary} loads through HeadObject, with {@code ContentLength} renamed {@code Size};</li>
 *   <li>DeleteObjects takes at most 1,000 keys per call, which the service documents but the model does not
 *       say: batch deletes of {@code Object}, {@code ObjectSummary} and {@code ObjectVersion} are chunked so.</li>
 * </ul>
 */
public final class S3ResourceCustomization implements ResourceCustomization {
    static final int DELETE_OBJECTS_MAX_KEYS = 1000;

    @Override
    public void register(EventEmitter events) {
        ResourceClassBuilder.onCreating(events, "s3.Bucket", b -> b.load(S3ResourceCustomization::loadBucket));
        ResourceClassBuilder.onCreating(events, "s3.ObjectSummary", b -> b
                .load(S3ResourceCustomization::loadObjectSummary)
                .batchSize("delete", DELETE_OBJECTS_MAX_KEYS));
        ResourceClassBuilder.onCreating(events, "s3.Object", b -> b.batchSize("delete", DELETE_OBJECTS_MAX_KEYS));
        ResourceClassBuilder.onCreating(events, "s3.ObjectVersion",
                b -> b.batchSize("delete", DELETE_OBJECTS_MAX_KEYS));
    }

    private static Map<String, Object> loadBucket(Resource bucket) {
        try {
            Map<String, Object> listed = bucket.meta().client().call("ListBuckets", Map.of());
            if (listed.get("Buckets") instanceof List<?> buckets) {
                for (Object o : buckets) {
                    if (o instanceof Map<?, ?> m && bucket.identifier("name").equals(m.get("Name"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> found = (Map<String, Object>) m;
                        return found;
                    }
                }
            }
        } catch (ClientError e) {
            if (!e.is("AccessDenied")) {
                throw e;
            }
        }
        return new LinkedHashMap<>();
    }

    private static Map<String, Object> loadObjectSummary(Resource summary) {
        Map<String, Object> head = new LinkedHashMap<>(summary.meta().client().call("HeadObject",
                Map.of("Bucket", summary.identifier("bucket_name"), "Key", summary.identifier("key"))));
        if (head.containsKey("ContentLength")) {
            head.put("Size", head.remove("ContentLength"));
        }
        return head;
    }
}
