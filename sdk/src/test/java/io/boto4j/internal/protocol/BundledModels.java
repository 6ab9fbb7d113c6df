package io.boto4j.internal.protocol;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.ServiceModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real service models as the loader finds them (the boto4j-models jar), parsed once per test JVM. */
public final class BundledModels {
    private static final Loader LOADER = Loader.fromEnvironment();
    private static final Map<String, ServiceModel> MODELS = new ConcurrentHashMap<>();

    private BundledModels() {
    }

    public static ServiceModel model(String service) {
        return MODELS.computeIfAbsent(service, s -> {
            ServiceData d = LOADER.loadServiceData(s, "service-2", null);
            return ModelTrees.parse(s, d.bytes(), d.origin(), d.extras());
        });
    }
}
