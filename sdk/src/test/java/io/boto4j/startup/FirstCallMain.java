package io.boto4j.startup;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.client.Result;
import io.boto4j.config.Config;
import java.util.Map;

/**
 * A short-lived process's whole use of boto4j: one session and a first call per client. {@code args[0]} is the
 * endpoint; {@code args[1]}, optional, lists the services (default {@code sqs}): SQS and DynamoDB speak JSON, S3
 * rest-xml with its customizations, SNS and STS query, Lambda rest-json; {@code s3-pages} lists a bucket in pages
 * with adaptive retries, {@code s3-resource} reads an object's attribute through boto3's resource API. With
 * {@code args[2]} {@code chain}, the session is given no region and no keys: the default chains find them.
 */
public final class FirstCallMain {
    private FirstCallMain() {
    }

    public static void main(String[] args) {
        // "chain": region and keys from wherever the default chains find them (the environment, the shared files)
        Session.Builder builder = Session.builder();
        if (args.length < 3 || !args[2].equals("chain")) {
            builder.regionName("us-east-1").awsAccessKeyId("AKIDFIRSTCALL0000000")
                    .awsSecretAccessKey("firstCallSecretKey000000000000000000000");
        }
        Session session = builder.build();
        for (String service : (args.length > 1 ? args[1] : "sqs").split(",")) {
            if (service.equals("s3-pages")) {
                listInPages(session, args[0]);
                continue;
            }
            if (service.equals("s3-resource")) {
                readThroughAResource(session, args[0]);
                continue;
            }
            Client client = session.client(service, ClientOptions.builder().endpointUrl(args[0]).build());
            switch (service) {
                case "sqs" -> {
                    Object queue = client.call("CreateQueue", Map.of("QueueName", "first-call-path")).get("QueueUrl");
                    System.out.println("queue " + queue);
                    // the MD5s of the body and of the attributes are checked against the answer's
                    System.out.println("sent " + client.call("SendMessage", Map.of("QueueUrl", queue,
                            "MessageBody", "first message", "MessageAttributes", Map.of("Kind", Map.of(
                                    "DataType", "String", "StringValue", "startup"))))
                            .get("MessageId"));
                }
                case "s3" -> {
                    client.call("CreateBucket", Map.of("Bucket", "first-call-path"));
                    client.call("PutObject", Map.of("Bucket", "first-call-path", "Key", "k", "Body", new byte[] {1}));
                    System.out.println("keys " + client.call("ListObjectsV2", Map.of("Bucket", "first-call-path"))
                            .get("KeyCount"));
                }
                case "sns" -> System.out.println("topics " + client.call("ListTopics", Map.of()).get("Topics"));
                case "lambda" -> System.out.println("functions "
                        + client.call("ListFunctions", Map.of()).get("Functions"));
                case "dynamodb" -> System.out.println("tables " + client.call("ListTables", Map.of()).get("TableNames"));
                case "sts" -> System.out.println("account " + client.call("GetCallerIdentity", Map.of()).get("Account"));
                default -> throw new IllegalArgumentException("no first call written for " + service);
            }
        }
        System.out.println("credentials from " + session.getCredentials().method());
    }

    /** boto3's resource API: {@code s3.Object(bucket, key).content_length}, loaded by HeadObject. */
    private static void readThroughAResource(Session session, String endpoint) {
        var s3 = session.resource("s3", ClientOptions.builder().endpointUrl(endpoint).build());
        s3.meta().client().call("CreateBucket", Map.of("Bucket", "first-call-resource"));
        s3.meta().client().call("PutObject", Map.of("Bucket", "first-call-resource", "Key", "k", "Body", "hi"));
        Object length = s3.resource("Object", "first-call-resource", "k").attribute("ContentLength");
        System.out.println("content length " + length);
    }

    /** A CLI's first call is often a listing in pages; this client also retries in adaptive mode. */
    private static void listInPages(Session session, String endpoint) {
        Client s3 = session.client("s3", ClientOptions.builder().endpointUrl(endpoint)
                .config(Config.builder().retries(Map.of("mode", "adaptive")).build()).build());
        s3.call("CreateBucket", Map.of("Bucket", "first-call-pages"));
        for (int i = 0; i < 3; i++) {
            s3.call("PutObject", Map.of("Bucket", "first-call-pages", "Key", "k" + i, "Body", new byte[] {1}));
        }
        int pages = 0;
        for (Result page : s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "first-call-pages",
                "PaginationConfig", Map.of("PageSize", 2)))) {
            pages++;
        }
        System.out.println("pages " + pages);
    }
}
