package io.boto4j.sample.inbox;

import io.boto4j.client.Client;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ServiceResource;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** The queue between the upload and the worker, used through the SQS resource's {@code Queue} and {@code Message}. */
@Component
public class InboxQueue {
    private final Client sqs;
    private final ServiceResource sqsResource;
    private final InboxProperties inbox;
    private volatile Resource queue;

    InboxQueue(@Qualifier("sqs") Client sqs, @Qualifier("sqs") ServiceResource sqsResource, InboxProperties inbox) {
        this.sqs = sqs;
        this.sqsResource = sqsResource;
        this.inbox = inbox;
    }

    /** Announces a stored document to the worker. */
    public void announce(String documentId) {
        queue().action("send_message", Map.of("MessageBody", documentId));
    }

    /** Up to ten waiting messages, waiting at most {@code waitSeconds} for the first. */
    public List<Resource> receive(int waitSeconds) {
        return queue().actionResources("receive_messages",
                Map.of("MaxNumberOfMessages", 10, "WaitTimeSeconds", waitSeconds));
    }

    private Resource queue() {
        Resource q = queue;
        if (q == null) {
            String url = sqs.call("GetQueueUrl", Map.of("QueueName", inbox.queue())).getString("QueueUrl");
            q = sqsResource.resource("Queue", url);
            queue = q;
        }
        return q;
    }
}
