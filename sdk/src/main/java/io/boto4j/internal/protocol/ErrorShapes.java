package io.boto4j.internal.protocol;

import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** A service's modeled errors by code, computed once per model (botocore's {@code shape_for_error_code}). */
final class ErrorShapes {
    private static final Map<ServiceModel, Map<String, StructureShape>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ErrorShapes() {
    }

    static Map<String, StructureShape> of(ServiceModel model) {
        Map<String, StructureShape> byCode = CACHE.get(model);
        if (byCode == null) {
            byCode = model.errorShapes();
            CACHE.put(model, byCode);
        }
        return byCode;
    }
}
