package io.boto4j.startup;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import java.util.Map;

/**
 * A short-lived process's whole use of boto4j: one session and a first call per client. {@code args[0]} is the
 * endpoint; {@code args[1]}, optional, lists the services (default {@code sqs}): SQS and DynamoDB speak JSON, S3
 * rest-xml with its customizations, SNS and STS query, Lambda rest-json.
 */
public final class FirstCallMain {
    private FirstCallMain() {
    }

    public static void main(String[] args) {
        // keys in the environment go through the default chain, as in a Lambda function; else explicit keys
        Session.Builder builder = Session.builder().regionName("us-east-1");
        if (System.getenv("AWS_ACCESS_KEY_ID") == null) {
            builder.awsAccessKeyId("AKIDFIRSTCALL0000000").awsSecretAccessKey("firstCallSecretKey000000000000000000000");
        }
        Session session = builder.build();
        for (String service : (args.length > 1 ? args[1] : "sqs").split(",")) {
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
}
