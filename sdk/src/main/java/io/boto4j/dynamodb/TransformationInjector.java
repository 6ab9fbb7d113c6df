package io.boto4j.dynamodb;

import io.boto4j.client.Client;
import io.boto4j.client.Result;
import io.boto4j.dynamodb.conditions.BuiltConditionExpression;
import io.boto4j.dynamodb.conditions.Condition;
import io.boto4j.dynamodb.conditions.ConditionExpressionBuilder;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What boto3's {@code TransformationInjector} does to every call of a DynamoDB resource, as plain functions
 * over a client's model, so the {@link Table}, batch and transaction helpers, and a resource layer can all use
 * it:
 * <ol>
 *   <li>conditions in {@code ConditionExpression}-shaped parameters ({@code ConditionExpression},
 *       {@code FilterExpression}), then in {@code KeyExpression}-shaped ones ({@code KeyConditionExpression}),
 *       become expression text; their placeholders are merged into {@code ExpressionAttributeNames} and
 *       {@code ExpressionAttributeValues} after any the caller gave;</li>
 *   <li>every {@code AttributeValue}-shaped parameter is serialized with the {@link TypeSerializer};</li>
 *   <li>after the call, every {@code AttributeValue} in the result is deserialized with the
 *       {@link TypeDeserializer}.</li>
 * </ol>
 * Thread-safe (each call numbers its placeholders with its own builder, from {@code #n0}/{@code :v0}).
 */
public final class TransformationInjector {
    private static final String ATTRIBUTE_VALUE = "AttributeValue";

    private final ServiceModel model;
    private final TypeSerializer serializer = new TypeSerializer();
    private final TypeDeserializer deserializer = new TypeDeserializer();

    private TransformationInjector(ServiceModel model) {
        this.model = model;
    }

    /** The injector for a DynamoDB client's model. */
    public static TransformationInjector of(Client client) {
        return of(client.meta().serviceModel());
    }

    /** The injector for DynamoDB's model (as a resource customization sees it, before any client call). */
    public static TransformationInjector of(ServiceModel dynamodbModel) {
        return new TransformationInjector(dynamodbModel);
    }

    /** Calls {@code operation} with plain Java values and conditions in, plain Java values out. */
    public Result call(Client client, String operation, Map<String, Object> params) {
        OperationModel op = model.operationModel(operation);
        return Result.of(transformOutput(op.name(), client.call(op.name(), transformInput(op.name(), params))));
    }

    /** The parameters as the low-level client wants them: conditions built, attribute values serialized. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> transformInput(String operation, Map<String, Object> params) {
        StructureShape input = model.operationModel(operation).inputShape();
        if (input == null || params == null) {
            return params;
        }
        ConditionExpressionBuilder builder = new ConditionExpressionBuilder();
        Map<String, Object> names = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Object p = params;
        p = ParameterTransformer.transform(p, input, "ConditionExpression", v -> build(builder, v, false, names, values));
        p = ParameterTransformer.transform(p, input, "KeyExpression", v -> build(builder, v, true, names, values));
        Map<String, Object> out = (Map<String, Object>) p;
        merge(out, "ExpressionAttributeNames", names);
        merge(out, "ExpressionAttributeValues", values);
        return (Map<String, Object>) ParameterTransformer.transform(out, input, ATTRIBUTE_VALUE, serializer::serialize);
    }

    /** The result with every attribute value as a plain Java value. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> transformOutput(String operation, Map<String, Object> result) {
        StructureShape output = model.operationModel(operation).outputShape();
        if (output == null || result == null) {
            return result;
        }
        return (Map<String, Object>) ParameterTransformer.transform(result, output, ATTRIBUTE_VALUE,
                deserializer::deserialize);
    }

    private static Object build(ConditionExpressionBuilder builder, Object value, boolean isKey,
                                Map<String, Object> names, Map<String, Object> values) {
        if (!(value instanceof Condition condition)) {
            return value; // an expression string the caller wrote
        }
        BuiltConditionExpression built = builder.buildExpression(condition, isKey);
        names.putAll(built.attributeNamePlaceholders());
        values.putAll(built.attributeValuePlaceholders());
        return built.conditionExpression();
    }

    private static void merge(Map<String, Object> params, String member, Map<String, Object> generated) {
        Object given = params.get(member);
        if (given instanceof Map<?, ?> m) {
            Map<Object, Object> merged = new LinkedHashMap<>(m);
            merged.putAll(generated);
            params.put(member, merged);
        } else if (!generated.isEmpty()) {
            params.put(member, generated);
        }
    }
}
