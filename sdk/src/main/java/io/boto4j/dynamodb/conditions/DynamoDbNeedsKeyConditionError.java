package io.boto4j.dynamodb.conditions;

/** A key condition used an attribute that is not a {@link Key} (boto3's {@code DynamoDBNeedsKeyConditionError}). */
public final class DynamoDbNeedsKeyConditionError extends IllegalArgumentException {
    DynamoDbNeedsKeyConditionError(String message) {
        super(message);
    }
}
