package io.boto4j.sample.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The inbox's own settings ({@code inbox.*}).
 *
 * @param maxSize largest document accepted; larger uploads are answered 413
 * @param bucket S3 bucket holding the documents
 * @param queue SQS queue name the worker reads
 * @param topic SNS topic name announcing processed documents
 * @param table DynamoDB table of documents (hash key {@code id}, a string)
 * @param downloadLinkLifetime how long a presigned download link is valid
 */
@ConfigurationProperties("inbox")
public record InboxProperties(DataSize maxSize, String bucket, String queue, String topic, String table,
                              Duration downloadLinkLifetime) {
    public InboxProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        bucket = bucket == null ? "inbox-documents" : bucket;
        queue = queue == null ? "inbox-received" : queue;
        topic = topic == null ? "inbox-processed" : topic;
        table = table == null ? "inbox-documents" : table;
        downloadLinkLifetime = downloadLinkLifetime == null ? Duration.ofMinutes(15) : downloadLinkLifetime;
    }
}
