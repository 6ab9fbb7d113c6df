package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.ClientOptions;
import io.boto4j.http.StreamingBody;
import io.boto4j.exception.ResourceLoadException;
import io.boto4j.exception.ResourceNotExistsError;
import io.boto4j.resource.BatchResult;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ResourceClassBuilder;
import io.boto4j.resource.ResourceCollection;
import io.boto4j.resource.ServiceResource;
import io.boto4j.testsupport.FaultServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** boto3's resource examples against moto, spelled as close to boto3 as Java allows. */
class ResourcesIntegrationTest extends MotoTest {

    static ServiceResource resource(String service) {
        return session().resource(service, ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
    }

    // ---- SQS ----

    @Test
    void sqsQueueByUrlReceivesMessagesThatDeleteThemselves() {
        ServiceResource sqs = resource("sqs");
        Resource created = sqs.actionResource("create_queue", Map.of("QueueName", unique("res-q")));
        String url = created.identifier("url");
        Resource queue = sqs.resource("Queue", url);                   // sqs.Queue(url)
        assertEquals(created, queue);

        queue.action("send_message", Map.of("MessageBody", "hello"));
        List<Resource> messages = queue.actionResources("receive_messages", Map.of("MaxNumberOfMessages", 1));
        assertEquals(1, messages.size());
        Resource message = messages.get(0);
        assertEquals("sqs.Message", message.meta().typeName());
        assertEquals(url, message.identifier("queue_url"));
        assertEquals("hello", message.attribute("body"));              // data kept from ReceiveMessage: no load
        message.action("delete");                                      // message.delete()

        assertEquals("0", map(queue.attribute("attributes")).get("ApproximateNumberOfMessages"));
        assertTrue(sqs.collection("queues").stream().anyMatch(queue::equals));
    }

    @Test
    void aMissingOrExtraIdentifierRaisesNamingTheResourceAndTheIdentifier() {
        ServiceResource s3 = resource("s3");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> s3.resource("Object", "bucket-only"));
        assertTrue(missing.getMessage().contains("Required parameter key not set"), missing.getMessage());
        assertTrue(missing.getMessage().contains("s3.Object"), missing.getMessage());

        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> s3.resource("Bucket", "b", "surplus"));
        assertTrue(extra.getMessage().contains("s3.Bucket takes 1 identifier (name)"), extra.getMessage());

        IllegalArgumentException unknownKeyword = assertThrows(IllegalArgumentException.class,
                () -> s3.resource("Object", Map.of("bucket_name", "b", "kee", "k")));
        assertTrue(unknownKeyword.getMessage().contains("'kee'"), unknownKeyword.getMessage());
        assertEquals("k", s3.resource("Object", Map.of("bucket_name", "b", "key", "k")).identifier("Key"));
    }

    @Test
    void unknownNamesSuggestTheClosestOnes() {
        ServiceResource s3 = resource("s3");
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> s3.resource("Objekt", "b", "k"));
        assertTrue(r.getMessage().contains("Did you mean 'Object'"), r.getMessage());
        Resource bucket = s3.resource("Bucket", "b");
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> bucket.action("delet"));
        assertTrue(a.getMessage().contains("Did you mean 'delete'"), a.getMessage());
        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> bucket.collection("object"));
        assertTrue(c.getMessage().contains("'objects'"), c.getMessage());
        IllegalArgumentException at = assertThrows(IllegalArgumentException.class, () -> bucket.attribute("creation"));
        assertTrue(at.getMessage().contains("'creation_date'"), at.getMessage());
        ResourceNotExistsError svc = assertThrows(ResourceNotExistsError.class, () -> session().resource("sqss"));
        assertTrue(svc.getMessage().contains("Did you mean 'sqs'"), svc.getMessage());
        ResourceNotExistsError lambda = assertThrows(ResourceNotExistsError.class, () -> session().resource("lambda"));
        assertTrue(lambda.getMessage().contains("session.client(\"lambda\")"), lambda.getMessage());
    }

    // ---- S3 ----

    @Test
    void s3ObjectGetReturnsTheBodyAndAttributesLoadLazily() throws Exception {
        ServiceResource s3 = resource("s3");
        String name = unique("res-bucket");
        Resource bucket = s3.actionResource("create_bucket", Map.of("Bucket", name));
        assertEquals(name, bucket.identifier("name"));
        Resource obj = bucket.actionResource("put_object", Map.of("Key", "hello.txt", "Body", "hello world"));
        assertEquals(s3.resource("Object", name, "hello.txt"), obj);

        Map<String, Object> got = obj.actionResult("get");            // obj.get()
        try (StreamingBody body = (StreamingBody) got.get("Body")) {
            assertEquals("hello world", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertNull(obj.meta().data());
        assertEquals(11L, ((Number) obj.attribute("content_length")).longValue()); // loads through HeadObject
        assertNotNull(obj.meta().data());
        assertEquals((Object) obj.attribute("ContentLength"), obj.attribute("content_length"));

        Resource parent = obj.resource("Bucket");                      // obj.Bucket()
        assertEquals(bucket, parent);
        assertEquals(obj, bucket.resource("Object", "hello.txt"));     // bucket.Object(key)
        assertTrue(s3.collection("buckets").all().stream().anyMatch(bucket::equals)); // s3.buckets.all()
        // boto3's injected loads: ObjectSummary through HeadObject (ContentLength as Size), Bucket through ListBuckets
        assertEquals(11L, ((Number) s3.resource("ObjectSummary", name, "hello.txt").attribute("size")).longValue());
        assertNotNull(s3.resource("Bucket", name).attribute("creation_date"));
        ResourceLoadException noLoad = assertThrows(ResourceLoadException.class,
                () -> resource("sqs").resource("Message", "https://queue", "handle").attribute("body"));
        assertTrue(noLoad.getMessage().contains("sqs.Message has no load"), noLoad.getMessage());
    }

    @Test
    void bucketObjectsPageAndBatchDeleteInChunksOfWhatTheOperationAllows() {
        ServiceResource s3 = resource("s3");
        String name = unique("res-many");
        Resource bucket = s3.actionResource("create_bucket", Map.of("Bucket", name));
        var client = s3.meta().client();
        IntStream.range(0, 2500).parallel().forEach(i ->
                client.call("PutObject", Map.of("Bucket", name, "Key", String.format("k/%05d", i), "Body", "x")));
        AtomicInteger listCalls = new AtomicInteger();
        AtomicInteger deleteCalls = new AtomicInteger();
        client.meta().events().register("before-call.s3.ListObjects", (e, kw) -> {
            listCalls.incrementAndGet();
            return null;
        });
        client.meta().events().register("before-call.s3.DeleteObjects", (e, kw) -> {
            deleteCalls.incrementAndGet();
            return null;
        });

        List<List<Resource>> pages = new ArrayList<>();
        bucket.collection("objects").pageSize(100).limit(250).pages().forEach(pages::add);
        assertEquals(List.of(100, 100, 50), pages.stream().map(List::size).toList());
        assertEquals(3, listCalls.get());
        Resource first = pages.get(0).get(0);
        assertEquals("s3.ObjectSummary", first.meta().typeName());
        assertEquals(1L, ((Number) first.attribute("size")).longValue()); // from the listing, no load

        ResourceCollection filtered = bucket.collection("objects").filter(Map.of("Prefix", "k/0000"));
        assertEquals(10, filtered.stream().count());
        assertEquals(2500, bucket.collection("objects").stream().count());

        BatchResult deleted = bucket.collection("objects").all().batch("delete"); // bucket.objects.delete()
        assertEquals(3, deleteCalls.get());
        assertEquals(3, deleted.calls());
        assertEquals(2500, deleted.resourceCount());
        assertFalse(deleted.hasFailures(), deleted.failures().toString());
        int reported = deleted.responses().stream().mapToInt(r -> ((List<?>) r.get("Deleted")).size()).sum();
        assertEquals(2500, reported);
        assertEquals(0, bucket.collection("objects").stream().count());
    }

    @Test
    void batchDeleteReportsTheEntriesTheServiceCouldNotDelete() throws Exception {
        String ns = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";
        var xml = Map.of("Content-Type", "application/xml");
        try (FaultServer s3Stub = new FaultServer(
                new FaultServer.Respond(200, xml, "<ListBucketResult " + ns + "><Name>b</Name><IsTruncated>false"
                        + "</IsTruncated><Contents><Key>a</Key><Size>1</Size></Contents><Contents><Key>locked</Key>"
                        + "<Size>1</Size></Contents></ListBucketResult>"),
                new FaultServer.Respond(200, xml, "<DeleteResult " + ns + "><Deleted><Key>a</Key></Deleted><Error>"
                        + "<Key>locked</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
                        + "</DeleteResult>"))) {
            ServiceResource s3 = session().resource("s3", ClientOptions.builder().endpointUrl(s3Stub.endpoint()).build());
            BatchResult result = s3.resource("Bucket", "b").collection("objects").batch("delete");
            assertEquals(1, result.calls());
            assertEquals(2, result.resourceCount());
            assertTrue(result.hasFailures());
            assertEquals("locked", result.failures().get(0).get("Key"));
            assertEquals("AccessDenied", result.failures().get(0).get("Code"));
            IllegalStateException thrown = assertThrows(IllegalStateException.class, result::throwIfFailed);
            assertTrue(thrown.getMessage().contains("1 of 2 entries failed"), thrown.getMessage());
            String deleteBody = new String(s3Stub.requests().get(1).body(), StandardCharsets.UTF_8);
            assertTrue(deleteBody.contains("<Key>a</Key>") && deleteBody.contains("<Key>locked</Key>"), deleteBody);
        }
    }

    @Test
    void bucketWaiterAndLoadThroughItsCollection() {
        ServiceResource s3 = resource("s3");
        String name = unique("res-wait");
        Resource bucket = s3.resource("Bucket", name);
        bucket.action("create");
        bucket.waitUntil("Exists");                                    // bucket.wait_until_exists()
        bucket.waitUntil("wait_until_exists", Map.of("WaiterConfig", Map.of("Delay", 1, "MaxAttempts", 2)));
        bucket.action("delete");
        bucket.waitUntil("NotExists");
    }

    // ---- creating-resource-class ----

    @Test
    void creatingResourceClassHandlersAddActionsAndExtensions() {
        var session = session();
        List<String> seen = new ArrayList<>();
        session.events().register(ResourceClassBuilder.EVENT + ".s3", (event, kw) -> {
            seen.add(event);
            return null;
        });
        ResourceClassBuilder.onCreating(session.events(), "s3.Object", b -> b
                .action("describe", (self, params) -> self.identifier("bucket_name") + "/" + self.identifier("key")
                        + params.getOrDefault("suffix", ""))
                .extension(StringBuilder.class, self -> new StringBuilder(self.<String>identifier("key"))));
        ServiceResource s3 = session.resource("s3", ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
        Resource obj = s3.resource("Object", "b", "k");
        assertEquals("b/k!", obj.action("describe", Map.of("suffix", "!")));
        assertEquals("k", obj.extension(StringBuilder.class).toString());
        assertTrue(obj.type().customActionNames().contains("describe"));
        assertTrue(seen.contains("creating-resource-class.s3.ServiceResource"), seen.toString());
        assertTrue(seen.contains("creating-resource-class.s3.Object"), seen.toString());
        IllegalStateException clash = assertThrows(IllegalStateException.class, () -> {
            ResourceClassBuilder.onCreating(s3.meta().client().meta().events(), "s3.Bucket",
                    b -> b.action("delete", (self, p) -> null));
            s3.resource("Bucket", "x");
        });
        assertTrue(clash.getMessage().contains("'delete'"), clash.getMessage());
    }

    // ---- EC2 ----

    @Test
    void ec2InstancesFilterAndTerminate() {
        ServiceResource ec2 = resource("ec2");
        String image = (String) list(ec2.meta().client().call("DescribeImages", Map.of()).get("Images")).get(0)
                .get("ImageId");
        List<Resource> created = ec2.actionResources("create_instances", Map.of("ImageId", image, "MinCount", 2,
                "MaxCount", 2, "InstanceType", "t2.micro"));
        assertEquals(2, created.size());
        Set<String> ids = created.stream().map(r -> r.<String>identifier("id")).collect(Collectors.toSet());
        assertEquals("t2.micro", created.get(0).attribute("instance_type"));
        assertEquals((Object) created.get(0).identifier("id"), created.get(0).attribute("instance_id")); // identifier alias

        List<Resource> running = ec2.collection("instances").filter(Map.of("InstanceIds", new ArrayList<>(ids),
                "Filters", List.of(Map.of("Name", "instance-state-name", "Values", List.of("running", "pending")))))
                .stream().toList();
        assertEquals(ids, running.stream().map(r -> r.<String>identifier("id")).collect(Collectors.toSet()));

        Resource vpc = running.get(0).reference("vpc");
        assertNotNull(vpc);
        assertEquals((Object) running.get(0).attribute("vpc_id"), vpc.identifier("id"));

        List<Resource> tags = ec2.actionResources("create_tags", Map.of("Resources", new ArrayList<>(ids),
                "Tags", List.of(Map.of("Key", "team", "Value", "res"))));   // boto3's injected create_tags
        assertEquals(2, tags.size());
        assertEquals("ec2.Tag", tags.get(0).meta().typeName());
        assertEquals("team", tags.get(0).<String>identifier("key"));
        created.get(0).action("delete_tags", Map.of("Tags", List.of(Map.of("Key", "team"))));
        created.get(0).reload();
        assertNull(created.get(0).attribute("tags"));

        Resource one = created.get(0);
        Map<String, Object> terminated = one.actionResult("terminate");  // instance.terminate()
        assertEquals(one.identifier("id"), map(list(terminated.get("TerminatingInstances")).get(0)).get("InstanceId"));
        one.reload();
        assertEquals("terminated", map(one.attribute("state")).get("Name"));

        BatchResult rest = ec2.collection("instances").filter(Map.of("InstanceIds",
                List.of(created.get(1).<String>identifier("id")))).batch("terminate");
        assertEquals(1, rest.calls());
    }

    // ---- IAM ----

    @Test
    void iamUsersAndRolesWithTheirCollections() {
        ServiceResource iam = resource("iam");
        String userName = unique("res-user");
        Resource user = iam.actionResource("create_user", Map.of("UserName", userName));
        assertEquals(userName, user.identifier("name"));
        assertTrue(iam.collection("users").stream().anyMatch(user::equals));
        user.actionResource("create_access_key_pair");
        assertEquals(1, user.collection("access_keys").stream().count());
        assertNotNull(user.attribute("arn"));

        String roleName = unique("res-role");
        Resource role = iam.actionResource("create_role", Map.of("RoleName", roleName, "AssumeRolePolicyDocument",
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
        assertTrue(iam.collection("roles").stream().anyMatch(role::equals));
        Resource policy = iam.actionResource("create_policy", Map.of("PolicyName", unique("res-pol"),
                "PolicyDocument", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"));
        role.action("attach_policy", Map.of("PolicyArn", policy.identifier("arn")));
        List<Resource> attached = role.collection("attached_policies").stream().toList();
        assertEquals(List.of(policy), attached);
        assertEquals(roleName, role.attribute("role_name"));
    }

    // ---- SNS ----

    @Test
    void snsTopicsAndSubscriptions() {
        ServiceResource sns = resource("sns");
        Resource topic = sns.actionResource("create_topic", Map.of("Name", unique("res-topic")));
        assertTrue(sns.collection("topics").stream().anyMatch(topic::equals));
        Resource queue = resource("sqs").actionResource("create_queue", Map.of("QueueName", unique("res-sub")));
        String queueArn = (String) map(queue.attribute("attributes")).get("QueueArn");
        Resource sub = topic.actionResource("subscribe", Map.of("Protocol", "sqs",
                "Endpoint", queueArn, "ReturnSubscriptionArn", true));
        assertEquals(List.of(sub), topic.collection("subscriptions").stream().toList());
        assertEquals(topic.identifier("arn"), map(sub.attribute("attributes")).get("TopicArn"));
        Map<String, Object> published = topic.actionResult("publish", Map.of("Message", "hi"));
        assertNotNull(published.get("MessageId"));
    }

    // ---- DynamoDB ----

    @Test
    void dynamodbTablePutGetAndQueryWithPlainValuesAsBoto3Transforms() {
        ServiceResource ddb = resource("dynamodb");
        String name = unique("res-table");
        Resource table = ddb.actionResource("create_table", Map.of("TableName", name,
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"),
                        Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S"),
                        Map.of("AttributeName", "sk", "AttributeType", "S")),
                "BillingMode", "PAY_PER_REQUEST"));
        table.waitUntil("exists");
        assertEquals("ACTIVE", table.attribute("table_status"));
        table.action("put_item", Map.of("Item", Map.of("pk", "a", "sk", "1", "v", 42)));
        table.action("put_item", Map.of("Item", Map.of("pk", "a", "sk", "2")));
        Map<String, Object> item = table.actionResult("get_item", Map.of("Key",
                Map.of("pk", "a", "sk", "1")));
        assertEquals(new java.math.BigDecimal("42"), map(item.get("Item")).get("v")); // TypeDeserializer: a BigDecimal
        Map<String, Object> q = table.actionResult("query", Map.of("KeyConditionExpression", "pk = :p",
                "ExpressionAttributeValues", Map.of(":p", "a")));
        assertEquals(2, ((Number) q.get("Count")).intValue());
        assertTrue(ddb.collection("tables").stream().anyMatch(table::equals));
    }

    // ---- CloudFormation ----

    @Test
    void cloudformationStacksWithTheirResources() {
        ServiceResource cfn = resource("cloudformation");
        String name = unique("res-stack").replace('-', 'x');
        String template = "{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\",\"Properties\":{\"QueueName\":\""
                + name + "q\"}}}}";
        Resource stack = cfn.actionResource("create_stack", Map.of("StackName", name, "TemplateBody", template));
        assertEquals(name, stack.identifier("name"));
        assertTrue(cfn.collection("stacks").stream().anyMatch(stack::equals));
        assertInstanceOf(String.class, stack.attribute("stack_status"));
        List<Resource> summaries = stack.collection("resource_summaries").stream().toList();
        assertEquals(1, summaries.size());
        assertEquals("Q", summaries.get(0).identifier("logical_id"));
        Resource stackResource = stack.resource("Resource", "Q");
        assertEquals("AWS::SQS::Queue", stackResource.attribute("resource_type"));
        stack.action("delete");
    }

    static Set<String> setOf(String... s) {
        return new HashSet<>(List.of(s));
    }
}
