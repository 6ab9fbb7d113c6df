/**
 * A pure interpreter for botocore's {@code endpoint-rule-set-1.json}: parameters, conditions, tree/endpoint/error
 * rules, the standard library and the AWS extensions ({@code aws.partition}, {@code aws.parseArn},
 * {@code aws.isVirtualHostableS3Bucket}). A rule set is compiled once into an expression tree with numbered
 * variable slots, so evaluation walks no JSON and looks up no names. No I/O, no events, no SDK configuration.
 */
package io.boto4j.internal.endpoints.rules;
