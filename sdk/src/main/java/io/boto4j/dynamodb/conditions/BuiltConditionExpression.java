package io.boto4j.dynamodb.conditions;

import java.util.Map;

/**
 * A condition as the wire wants it: the expression text, and the placeholders it introduced for attribute
 * names ({@code #n0 -> name}) and values ({@code :v0 -> plain Java value}, serialized later with the rest of
 * the request).
 */
public record BuiltConditionExpression(String conditionExpression, Map<String, String> attributeNamePlaceholders,
                                       Map<String, Object> attributeValuePlaceholders) {
}
