package io.boto4j.dynamodb.conditions;

/** A key attribute, the only kind a {@code KeyConditionExpression} accepts (boto3's {@code Key}). */
public final class Key extends AttributeBase {
    public Key(String name) {
        super(name);
    }
}
