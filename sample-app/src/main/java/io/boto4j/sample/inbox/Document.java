package io.boto4j.sample.inbox;


/**
 * One document of the inbox as DynamoDB holds it: {@code sha256} is null until the worker has processed it,
 * {@code received} is an ISO-8601 instant (DynamoDB has no time type).
 */
public record Document(String id, String name, long size, String status, String sha256, String received) {
    public static final String RECEIVED = "RECEIVED";
    public static final String PROCESSED = "PROCESSED";

    Document processed(String digest) {
        return new Document(id, name, size, PROCESSED, digest, received);
    }
}
