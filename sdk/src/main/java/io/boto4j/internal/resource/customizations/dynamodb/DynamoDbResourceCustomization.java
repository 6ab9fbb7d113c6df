package io.boto4j.internal.resource.customizations.dynamodb;

import io.boto4j.dynamodb.Table;
import io.boto4j.dynamodb.TransformationInjector;
import io.boto4j.events.EventEmitter;
import io.boto4j.model.OperationModel;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ResourceClassBuilder;
import io.boto4j.resource.ResourceCustomization;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * boto3's {@code boto3.dynamodb.transform.register_high_level_interface} and {@code table.register_table_methods}:
 * when the DynamoDB service resource is built, its client gets the {@link TransformationInjector} on
 * {@code before-parameter-build.dynamodb} (conditions to expressions, plain values to attribute values) and
 * {@code after-call.dynamodb} (attribute values to plain values), so every modeled action of the resource
 * ({@code Table.put_item}, {@code ServiceResource.batch_get_item}, ...) takes and returns plain Java values;
 * the {@code Table} class gets {@code batch_writer} and the typed {@link Table} as an extension
 * ({@code table.extension(Table.class)}). Only the resource's own client is changed: a client made apart from a
 * resource stays low-level, as in boto3.
 */
public final class DynamoDbResourceCustomization implements ResourceCustomization {
    @Override
    public void register(EventEmitter events) {
        AtomicBoolean registered = new AtomicBoolean();
        ResourceClassBuilder.onCreating(events, "dynamodb.ServiceResource", b -> {
            if (registered.compareAndSet(false, true)) {
                TransformationInjector injector = TransformationInjector.of(b.serviceModel());
                events.register("before-parameter-build.dynamodb", (name, kwargs) -> {
                    replace(kwargs, "params", op(kwargs) == null ? null
                            : injector.transformInput(op(kwargs), map(kwargs.get("params"))));
                    return null;
                }, "boto4j-dynamodb-transform-input");
                events.register("after-call.dynamodb", (name, kwargs) -> {
                    replace(kwargs, "parsed", op(kwargs) == null ? null
                            : injector.transformOutput(op(kwargs), map(kwargs.get("parsed"))));
                    return null;
                }, "boto4j-dynamodb-transform-output");
            }
        });
        ResourceClassBuilder.onCreating(events, "dynamodb.Table", b -> b
                .extension(Table.class, DynamoDbResourceCustomization::table)
                .action("batch_writer", (table, params) -> params.get("overwrite_by_pkeys") instanceof java.util.List<?> keys
                        ? table(table).batchWriter(keys.stream().map(String::valueOf).toList())
                        : table(table).batchWriter()));
    }

    private static Table table(Resource table) {
        return Table.ofResourceClient(table.meta().client(), table.identifier("name"));
    }

    private static String op(Map<String, Object> kwargs) {
        return kwargs.get("model") instanceof OperationModel m ? m.name() : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** The event's map changed in place, as the event allows: its entries become the transformed ones. */
    private static void replace(Map<String, Object> kwargs, String name, Map<String, Object> transformed) {
        Map<String, Object> target = map(kwargs.get(name));
        if (transformed == null || transformed == target || target == null) {
            return;
        }
        java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>(transformed);
        target.clear();
        target.putAll(copy);
    }
}
