package io.boto4j.paginate;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.paginate.PaginatorTrees;
import io.boto4j.exception.OperationNotPageableError;
import io.boto4j.model.Names;
import io.boto4j.model.ServiceModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's {@code paginators-1.json} (with its sdk-extras merged by the loader), read against the service
 * model. Entries are parsed and compiled on first use and kept; one instance serves every client of the service.
 * Names are accepted as in the model ({@code ListObjectsV2}) or as boto3 writes them ({@code list_objects_v2}).
 */
public final class PaginatorModel {
    static {
        PaginatorTrees.install(new TreeAccess());
    }

    /** The internal bridge's way in; a named class, as this runs on a fresh JVM's first paginated call. */
    private static final class TreeAccess implements PaginatorTrees.Access {
        @Override
        public PaginatorModel create(ServiceModel service, JsonNode tree) {
            return PaginatorModel.create(service, tree);
        }
    }

    private final ServiceModel service;
    private final String origin;
    private final Map<String, JsonNode> configs;
    private final Map<String, String> modelNameBySnakeName;
    private final Map<String, PaginatorDefinition> parsed = new ConcurrentHashMap<>();

    private PaginatorModel(ServiceModel service, Map<String, JsonNode> configs, String origin) {
        this.service = service;
        this.origin = origin;
        this.configs = configs;
        Map<String, String> snake = new HashMap<>();
        for (String name : configs.keySet()) {
            snake.put(Names.xformName(name), name);
        }
        this.modelNameBySnakeName = snake;
    }

    /**
     * The paginators in a loaded {@code paginators-1} tree ({@code loader.loadServiceModel(svc, "paginators-1",
     * version)}).
     *
     * @throws ModelError when the tree has no {@code pagination} object
     */
    static PaginatorModel create(ServiceModel service, JsonNode tree) {
        String origin = service.serviceName() + " paginators-1";
        JsonNode pagination = tree == null ? null : tree.get("pagination");
        if (pagination == null || !pagination.isObject()) {
            throw new ModelError(origin + ": no 'pagination' object");
        }
        Map<String, JsonNode> configs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pagination.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            configs.put(e.getKey(), e.getValue());
        }
        return new PaginatorModel(service, configs, origin);
    }

    /** A service without a paginators file: nothing can be paginated (botocore's behaviour). */
    public static PaginatorModel empty(ServiceModel service) {
        return new PaginatorModel(service, Map.of(), service.serviceName() + " (no paginators-1)");
    }

    /** The model names of the operations that have a paginator, in file order. */
    public List<String> operationNames() {
        return Collections.unmodifiableList(new ArrayList<>(configs.keySet()));
    }

    public boolean canPaginate(String operationName) {
        return modelName(operationName) != null;
    }

    /**
     * The paginator for an operation, calling it through {@code invoker}.
     *
     * @throws OperationNotPageableError when the operation has no paginator
     * @throws ModelError when its entry in the file is malformed
     */
    public Paginator<Map<String, Object>> paginator(String operationName, OperationInvoker invoker) {
        return paginator(operationName, invoker, Function.identity());
    }

    /**
     * The paginator for an operation whose pages (and full result) are of the caller's map type: the client's
     * {@code Result}, made from each page by {@code pageType}.
     */
    public <P extends Map<String, Object>> Paginator<P> paginator(String operationName, OperationInvoker invoker,
                                                                 Function<Map<String, Object>, P> pageType) {
        return new Paginator<>(definition(operationName), invoker, pageType);
    }

    PaginatorDefinition definition(String operationName) {
        String name = modelName(operationName);
        if (name == null) {
            throw new OperationNotPageableError(operationName);
        }
        PaginatorDefinition d = parsed.get(name);
        if (d == null) {
            d = PaginatorDefinition.parse(name, configs.get(name), service, origin);
            parsed.putIfAbsent(name, d);
        }
        return d;
    }

    /**
     * Every paginator checked against the operation's shapes (see {@code PaginatorDefinition.problems}); a
     * malformed entry is reported too. Empty when all are sound.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        for (String name : configs.keySet()) {
            try {
                problems.addAll(definition(name).problems());
            } catch (RuntimeException e) {
                problems.add(service.serviceName() + "." + name + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private String modelName(String name) {
        if (name == null) {
            return null;
        }
        if (configs.containsKey(name)) {
            return name;
        }
        return modelNameBySnakeName.get(name);
    }

    @Override
    public String toString() {
        return "PaginatorModel(" + service.serviceName() + ", " + configs.size() + " paginators)";
    }
}
