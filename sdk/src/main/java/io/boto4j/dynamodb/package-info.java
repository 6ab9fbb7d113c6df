/**
 * boto3's DynamoDB layer over a low-level client: {@link io.boto4j.dynamodb.TypeSerializer} and
 * {@link io.boto4j.dynamodb.TypeDeserializer} (Java values to attribute values and back, numbers as
 * {@link java.math.BigDecimal}), the {@link io.boto4j.dynamodb.TransformationInjector} that applies them and
 * condition objects to any operation's parameters, and the {@link io.boto4j.dynamodb.Table} with its
 * {@link io.boto4j.dynamodb.BatchWriter} and record mapping. Conditions live in
 * {@link io.boto4j.dynamodb.conditions}.
 */
package io.boto4j.dynamodb;
