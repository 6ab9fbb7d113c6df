package io.boto4j.internal.paginate;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.model.ServiceModel;
import io.boto4j.paginate.PaginatorModel;
import java.lang.invoke.MethodHandles;

/**
 * Builds a {@link PaginatorModel} from its loaded {@code paginators-1} tree for the client factory, so that no Jackson type is
 * part of {@code io.boto4j.paginate}'s public API. {@code io.boto4j.paginate} installs the implementation when
 * {@link PaginatorModel} is initialised.
 */
public final class PaginatorTrees {
    /** Implemented by {@code io.boto4j.paginate}, package-private. */
    public interface Access {
        PaginatorModel create(ServiceModel service, JsonNode tree);
    }

    private static volatile Access access;

    private PaginatorTrees() {
    }

    /** Called once, by {@code io.boto4j.paginate}. */
    public static synchronized void install(Access implementation) {
        if (access != null) {
            throw new IllegalStateException("the paginate access is installed already");
        }
        access = implementation;
    }

    /** The model of a loaded {@code paginators-1} tree. */
    public static PaginatorModel create(ServiceModel service, JsonNode tree) {
        Access a = access;
        if (a == null) {
            try {
                MethodHandles.lookup().ensureInitialized(PaginatorModel.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a.create(service, tree);
    }
}
