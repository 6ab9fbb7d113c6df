package io.boto4j.startup;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import java.util.Map;

/** A short-lived process's whole use of boto4j: one session, one SQS client, one call (the endpoint is args[0]). */
public final class FirstCallMain {
    private FirstCallMain() {
    }

    public static void main(String[] args) {
        Session session = Session.builder().regionName("us-east-1")
                .awsAccessKeyId("AKIDFIRSTCALL0000000").awsSecretAccessKey("firstCallSecretKey000000000000000000000")
                .build();
        Client sqs = session.client("sqs", ClientOptions.builder().endpointUrl(args[0]).build());
        Object url = sqs.call("CreateQueue", Map.of("QueueName", "first-call-path")).get("QueueUrl");
        System.out.println("queue " + url);
    }
}
