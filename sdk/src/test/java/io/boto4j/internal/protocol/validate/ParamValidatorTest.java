package io.boto4j.internal.protocol.validate;

import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.internal.json.Json;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.BundledModels;
import io.boto4j.internal.protocol.Serializers;
import io.boto4j.internal.protocol.SerializedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parameter validation against real models. Expected messages are botocore's (validate.py, run on the same
 * inputs) with Java type names in place of Python's.
 */
class ParamValidatorTest {
    private final ParamValidator validator = new ParamValidator();

    private static OperationModel op(String service, String operation) {
        return BundledModels.model(service).operationModel(operation);
    }

    @Test
    void reportsEveryProblemWithItsPathInBotocoresOrder() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Item", Map.of("attr", Map.of("S", 1)));
        params.put("Foo", 1);
        params.put("ReturnValues", "NONE");
        List<String> problems = validator.validate(params, op("dynamodb", "PutItem").inputShape());
        assertEquals(List.of(
                "Missing required parameter in input: \"TableName\"",
                "Unknown parameter in input: \"Foo\", must be one of: TableName, Item, Expected, ReturnValues, "
                        + "ReturnConsumedCapacity, ReturnItemCollectionMetrics, ConditionalOperator, "
                        + "ConditionExpression, ExpressionAttributeNames, ExpressionAttributeValues, "
                        + "ReturnValuesOnConditionCheckFailure",
                "Invalid type for parameter Item.attr.S, value: 1, type: Integer, valid types: String"), problems);
    }

    @Test
    void acceptsARequestBodyAsABlobAndNamesTheBodyTypesUsersCanPass() {
        Map<String, Object> ok = Map.of("Bucket", "b", "Key", "k", "Body", io.boto4j.http.RequestBody.ofString("x"));
        assertEquals(List.of(), validator.validate(ok, op("s3", "PutObject").inputShape()));
        Object wrong = new Object() { };
        assertEquals(List.of("Invalid type for parameter Body, value: " + wrong + ", type: " + wrong.getClass().getName()
                + ", valid types: byte[], String, ByteBuffer, InputStream, Path, RequestBody"),
                validator.validate(Map.of("Bucket", "b", "Key", "k", "Body", wrong), op("s3", "PutObject").inputShape()));
    }

    @Test
    void checksMinimumLengthsMapValuesAndIntegerTypes() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("Bucket", "b");
        params.put("Key", "");
        params.put("Metadata", Map.of("k", 1));
        params.put("ContentLength", "x");
        assertEquals(List.of(
                "Invalid length for parameter Key, value: 0, valid min length: 1",
                "Invalid type for parameter Metadata.k, value: 1, type: Integer, valid types: String",
                "Invalid type for parameter ContentLength, value: x, type: String, valid types: Integer, Long"),
                validator.validate(params, op("s3", "PutObject").inputShape()));
    }

    @Test
    void theValidatingSerializerThrowsOneErrorListingAllProblems() {
        ServiceModel dynamodb = BundledModels.model("dynamodb");
        ParamValidationError e = assertThrows(ParamValidationError.class, () ->
                Serializers.forModel(dynamodb).serialize(dynamodb.operationModel("GetItem"), Map.of("Key", 3)));
        assertEquals(2, e.getProblems().size());
        assertTrue(e.getMessage().startsWith("Parameter validation failed:\n"
                + "Missing required parameter in input: \"TableName\"\n"), e.getMessage());
    }

    @Test
    void validationCanBeSwitchedOff() {
        ServiceModel dynamodb = BundledModels.model("dynamodb");
        SerializedRequest r = Serializers.forModel(dynamodb, false)
                .serialize(dynamodb.operationModel("GetItem"), Map.of("Key", Map.of()));
        assertEquals("DynamoDB_20120810.GetItem", r.headers().first("X-Amz-Target"));
    }

    @Test
    void aMissingIdempotencyTokenIsNotAProblemBecauseTheSerializerFillsIt() throws Exception {
        // ec2 RunInstances: ClientToken is an idempotency token
        ServiceModel ec2 = BundledModels.model("ec2");
        SerializedRequest r = Serializers.forModel(ec2).serialize(ec2.operationModel("RunInstances"),
                Map.of("MinCount", 1, "MaxCount", 1));
        String body = new String(r.body().bytesIfBuffered(), java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(body.matches(".*ClientToken=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}.*"),
                body);
    }

    @Test
    void checksTaggedUnionsHaveExactlyOneMemberSet() throws Exception {
        ServiceModel model = ModelTrees.fromTree("unions", JsonTrees.read("""
                {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "T", "apiVersion": "1"},
                 "operations": {"Op": {"name": "Op", "input": {"shape": "In"}}},
                 "shapes": {"In": {"type": "structure", "members": {"Choice": {"shape": "Choice"}}},
                            "Choice": {"type": "structure", "union": true,
                                       "members": {"A": {"shape": "S"}, "B": {"shape": "S"}}},
                            "S": {"type": "string"}}}"""));
        var input = model.operationModel("Op").inputShape();
        assertEquals(List.of("Invalid number of parameters set for tagged union structure Choice. Can only set "
                + "one of the following keys: A, B."), validator.validate(Map.of("Choice", Map.of("A", "x", "B", "y")), input));
        assertEquals(List.of("Must set one of the following keys for tagged union structure Choice: A, B."),
                validator.validate(Map.of("Choice", Map.of()), input));
        assertEquals(List.of(), validator.validate(Map.of("Choice", Map.of("B", "y")), input));
    }

    @Test
    void namesMapKeysAndListIndexesInPaths() {
        Map<String, Object> params = Map.of("QueueUrl", "u",
                "Entries", List.of(Map.of("Id", "1", "MessageBody", "b",
                        "MessageAttributes", Map.of("attr", Map.of("DataType", 5)))));
        assertEquals(List.of("Invalid type for parameter Entries[0].MessageAttributes.attr.DataType, value: 5, "
                        + "type: Integer, valid types: String"),
                validator.validate(params, op("sqs", "SendMessageBatch").inputShape()));
    }

    @Test
    void rejectsHostLabelsThatAreNotHostNameCharacters() {
        ServiceModel s3control = BundledModels.model("s3control");
        OperationModel getPab = s3control.operationModel("GetPublicAccessBlock");
        ParamValidationError e = assertThrows(ParamValidationError.class, () ->
                Serializers.forModel(s3control).serialize(getPab, Map.of("AccountId", "bad_label!")));
        assertEquals(List.of("Invalid value for parameter(s): AccountId. Must contain only alphanumeric "
                + "characters, hyphen, or period."), e.getProblems());
        assertEquals("123456789012.", Serializers.forModel(s3control)
                .serialize(getPab, Map.of("AccountId", "123456789012")).hostPrefix());
    }

    @Test
    void nullParamsAreNoParams() {
        ServiceModel sqs = BundledModels.model("sqs");
        SerializedRequest listQueues = Serializers.forModel(sqs).serialize(sqs.operationModel("ListQueues"), null);
        assertEquals("{}", new String(listQueues.body().bytesIfBuffered(), java.nio.charset.StandardCharsets.UTF_8));
        ParamValidationError e = assertThrows(ParamValidationError.class, () ->
                Serializers.forModel(sqs).serialize(sqs.operationModel("GetQueueUrl"), null));
        assertEquals(List.of("Missing required parameter in input: \"QueueName\""), e.getProblems());
    }
}
