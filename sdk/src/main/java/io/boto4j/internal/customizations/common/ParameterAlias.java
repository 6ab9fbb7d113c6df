package io.boto4j.internal.customizations.common;

import io.boto4j.events.EventEmitter;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.model.OperationModel;
import java.util.List;
import java.util.Map;

/**
 * A parameter also accepted under boto3's alias (a member named like a Python keyword, or EC2's singular
 * {@code Filter}), so code written against boto3 keeps working. Giving both names is an error, as in botocore.
 */
public final class ParameterAlias {
    private ParameterAlias() {
    }

    /** @param event a {@code before-parameter-build} event, possibly a service-wide prefix */
    public static void register(EventEmitter events, String event, String original, String alias) {
        events.register(event, e -> {
            OperationModel op = e.operationModel();
            Map<String, Object> params = e.params();
            if (!params.containsKey(alias) || op.inputShape() == null || op.inputShape().member(original) == null) {
                return null;
            }
            if (params.containsKey(original)) {
                throw new ParamValidationError(List.of("Conflicting parameters: " + original + " and its alias "
                        + alias + " were both given for " + op.name()));
            }
            params.put(original, params.remove(alias));
            return null;
        });
    }
}
