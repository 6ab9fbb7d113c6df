package io.boto4j.resource;

import java.util.Map;

/**
 * A method added to a resource class by a {@code creating-resource-class} handler (see {@link ResourceClassBuilder}),
 * called through {@link Resource#action(String, Map)} like a modeled action: boto3's injected methods such as
 * {@code Bucket.upload_file} or EC2's {@code create_tags}. It receives the resource it is called on and the caller's
 * parameters (a mutable copy), and returns what the caller gets: a result map, a {@link Resource}, a list of them,
 * or null.
 */
@FunctionalInterface
public interface CustomAction {
    Object call(Resource resource, Map<String, Object> params);
}
