/**
 * boto3's resources: an object layer over the low-level {@link io.boto4j.client.Client}, built at run time from
 * boto3's {@code resources-1.json} models (bundled in the models jar, read through the
 * {@link io.boto4j.internal.loader.Loader}); nothing here is written per service.
 *
 * <pre>{@code
 * ServiceResource s3 = session.resource("s3");                  // boto3.resource("s3"); Boto.resource("s3")
 * Resource obj = s3.resource("Object", "bucket", "key");        // s3.Object("bucket", "key"): identifiers in model order
 * Map<String, Object> got = obj.actionResult("get");            // obj.get()
 * long size = obj.<Number>attribute("content_length").longValue(); // lazy load (HeadObject) on first read
 * Resource bucket = obj.resource("Bucket");                     // obj.Bucket(): a sub-resource
 * for (Resource o : bucket.collection("objects").pageSize(100)) { ... } // bucket.objects.page_size(100)
 * BatchResult r = bucket.collection("objects").all().batch("delete");   // bucket.objects.delete()
 * bucket.waitUntil("Exists");                                   // bucket.wait_until_exists()
 * s3.meta().client();                                           // s3.meta.client
 * }</pre>
 *
 * <h2>Names</h2>
 * Every member is found by boto3's name ({@code receive_messages}, {@code bucket_name}, {@code objects},
 * {@code wait_until_exists}) or the model's ({@code ReceiveMessages}, {@code BucketName}, {@code Objects},
 * {@code Exists}); boto3's renames of colliding names ({@code network_interfaces_attribute}) are kept.
 * {@link io.boto4j.resource.ResourceType} lists a class's names by category, in boto3's spelling; an unknown
 * name fails with the closest known ones.
 *
 * <h2>Calls</h2>
 * Every call a resource makes goes through its service resource's client, so every client event fires. An
 * action's parameters come from the model (identifiers, data members, constants) with the caller's on top; its
 * result is what the model says: the response, a {@code Resource} or a {@code List<Resource>}
 * ({@link io.boto4j.resource.Resource#action} infers the type; {@code actionResult}, {@code actionResource} and
 * {@code actionResources} check it). Resources made from a response keep the part of it the model selects as
 * their data, so reading their attributes needs no load; a modeled action clears the data of a resource that can
 * load, as boto3 does.
 *
 * <h2>Adding behaviour: {@code creating-resource-class}</h2>
 * Each resource class is built once per service resource, on first use, and announced before its first use with
 * the event {@code creating-resource-class.<service>.<Class>} ({@code creating-resource-class.s3.Bucket},
 * {@code creating-resource-class.s3.ServiceResource} for the service resource), boto3's event of the same name.
 * It is emitted on the service resource's client emitter, which starts as a copy of the session's: register on
 * {@code session.events()} before {@code session.resource(...)}. The event's {@code resource_class} argument is a
 * {@link io.boto4j.resource.ResourceClassBuilder}; a handler adds named custom actions (called through
 * {@code resource.action("upload_file", params)}), replaces a modeled action, adds typed extension objects
 * ({@code resource.extension(S3Transfers.class)}), replaces the load, or caps a batch action's chunk size:
 *
 * <pre>{@code
 * ResourceClassBuilder.onCreating(session.events(), "s3.Object", b -> b
 *         .action("upload_file", (obj, params) -> transfers.upload(obj, params))
 *         .extension(ObjectTransfers.class, ObjectTransfers::new));
 * }</pre>
 *
 * Library code registers its handlers as a {@link io.boto4j.resource.ResourceCustomization} plugin (listed in
 * {@code META-INF/services/io.boto4j.resource.ResourceCustomization}), called with the client's emitter of every
 * new service resource, before any class is built; boto3's S3 and EC2 resource customizations are such plugins
 * ({@code io.boto4j.internal.resource.customizations.*}).
 *
 * <h2>Collections and batch actions</h2>
 * A {@link io.boto4j.resource.ResourceCollection} is immutable and lazy: {@code all()}, {@code filter(params)},
 * {@code limit(n)}, {@code pageSize(n)} return new collections; iterating calls the operation page by page through
 * its paginator when it has one. A batch action makes one call per chunk: at most the entries the operation
 * allows (the model's limit on the target list, or one a customization sets, such as S3's 1,000 keys per
 * DeleteObjects), else one page of the collection as boto3 does; the {@link io.boto4j.resource.BatchResult} holds
 * every chunk's response and the entries they report as failed.
 */
package io.boto4j.resource;
