package io.boto4j.internal.waiter;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.model.ServiceModel;
import io.boto4j.waiter.WaiterModel;
import java.lang.invoke.MethodHandles;

/**
 * Builds a {@link WaiterModel} from its loaded {@code waiters-2} tree for the client factory, so that no Jackson type is
 * part of {@code io.boto4j.waiter}'s public API. {@code io.boto4j.waiter} installs the implementation when
 * {@link WaiterModel} is initialised.
 */
public final class WaiterTrees {
    /** Implemented by {@code io.boto4j.waiter}, package-private. */
    public interface Access {
        WaiterModel create(ServiceModel service, JsonNode tree);
    }

    private static volatile Access access;

    private WaiterTrees() {
    }

    /** Called once, by {@code io.boto4j.waiter}. */
    public static synchronized void install(Access implementation) {
        if (access != null) {
            throw new IllegalStateException("the waiter access is installed already");
        }
        access = implementation;
    }

    /** The model of a loaded {@code waiters-2} tree. */
    public static WaiterModel create(ServiceModel service, JsonNode tree) {
        Access a = access;
        if (a == null) {
            try {
                MethodHandles.lookup().ensureInitialized(WaiterModel.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a.create(service, tree);
    }
}
