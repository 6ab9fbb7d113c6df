/**
 * boto3's {@code boto3.dynamodb.conditions}: {@code Key("pk").eq(v).and(Key("sk").beginsWith("a"))},
 * {@code Attr("n").gt(3).or(Attr("x").notExists())}, and the {@link io.boto4j.dynamodb.conditions.ConditionExpressionBuilder}
 * that turns them into expressions with {@code #n0}/{@code :v0} placeholders exactly as boto3 numbers them.
 * Start from the static factories in {@link io.boto4j.dynamodb.conditions.Conditions}.
 */
package io.boto4j.dynamodb.conditions;
