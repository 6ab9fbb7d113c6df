package io.boto4j.sample.inbox;

import io.boto4j.client.Client;
import io.boto4j.resource.Resource;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes announced documents off the queue: reads the object, records its SHA-256 in DynamoDB (only a document
 * still RECEIVED changes), publishes a notification to SNS and deletes the message. A message whose document
 * fails stays on the queue and comes back after its visibility timeout.
 */
@Component
public class DocumentWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DocumentWorker.class);

    private final InboxQueue queue;
    private final DocumentStorage storage;
    private final DocumentRepository documents;
    private final Client sns;
    private final InboxProperties inbox;
    private volatile Thread thread;
    private volatile String topicArn;

    DocumentWorker(InboxQueue queue, DocumentStorage storage, DocumentRepository documents,
                   @Qualifier("sns") Client sns, InboxProperties inbox) {
        this.queue = queue;
        this.storage = storage;
        this.documents = documents;
        this.sns = sns;
        this.inbox = inbox;
    }

    @Override
    public void start() {
        Thread t = new Thread(this::run, "inbox-worker");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try {
                for (Resource message : queue.receive(1)) {
                    process(message);
                }
            } catch (RuntimeException e) {
                if (thread != Thread.currentThread()) {
                    return;
                }
                log.warn("inbox worker: {}", e.getMessage());
                pause();
            }
        }
    }

    private void process(Resource message) {
        String id = message.attribute("Body");
        Document document;
        try {
            document = documents.get(id);
        } catch (DocumentNotFoundException deletedMeanwhile) {
            message.action("delete");
            return;
        }
        if (Document.RECEIVED.equals(document.status())) {
            String sha256 = storage.sha256(id);
            documents.markProcessed(document, sha256);
            sns.call("Publish", Map.of("TopicArn", topicArn(), "Subject", "document processed",
                    "Message", id + " " + sha256));
            log.info("processed {} ({} bytes, sha256 {})", id, document.size(), sha256);
        }
        message.action("delete");
    }

    private String topicArn() {
        String arn = topicArn;
        if (arn == null) {
            // CreateTopic is idempotent and answers the topic's ARN, as boto3 users look it up
            arn = sns.call("CreateTopic", Map.of("Name", inbox.topic())).getString("TopicArn");
            topicArn = arn;
        }
        return arn;
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
