package io.boto4j.spring.autoconfigure.local;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import java.util.List;
import java.util.Map;

/** Seeds {@code boto4j.local.init}'s resources into a fresh backend, as Quarkus dev services seed theirs. */
final class LocalResources {
    private LocalResources() {
    }

    static void create(String endpoint, String region, Boto4jLocalProperties.Init init) {
        if (init.isEmpty()) {
            return;
        }
        Session session = Session.builder().regionName(region).awsAccessKeyId(LocalBackend.ACCESS_KEY)
                .awsSecretAccessKey(LocalBackend.SECRET_KEY).environment(Map.of()).build();
        ClientOptions options = ClientOptions.builder().endpointUrl(endpoint).build();
        each(session, options, "s3", init.getBuckets(), (c, name) -> c.call("CreateBucket", "us-east-1".equals(region)
                ? Map.of("Bucket", name)
                : Map.of("Bucket", name, "CreateBucketConfiguration", Map.of("LocationConstraint", region))));
        each(session, options, "sqs", init.getQueues(), (c, name) -> c.call("CreateQueue", Map.of("QueueName", name)));
        each(session, options, "sns", init.getTopics(), (c, name) -> c.call("CreateTopic", Map.of("Name", name)));
        each(session, options, "dynamodb", init.getTables(), (c, name) -> c.call("CreateTable", Map.of(
                "TableName", name,
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                "BillingMode", "PAY_PER_REQUEST")));
    }

    private static void each(Session session, ClientOptions options, String service, List<String> names,
                             java.util.function.BiConsumer<Client, String> create) {
        if (names.isEmpty()) {
            return;
        }
        try (Client client = session.client(service, options)) {
            names.forEach(name -> create.accept(client, name));
        }
    }
}
