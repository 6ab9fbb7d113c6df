package io.boto4j.waiter;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.waiter.WaiterTrees;
import io.boto4j.model.Names;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.retry.Sleeper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's {@code waiters-2.json} (extras merged by the loader). Waiters are parsed on first use and kept;
 * names are accepted as in the file ({@code BucketExists}) or as boto3 writes them ({@code bucket_exists}).
 */
public final class WaiterModel {
    static {
        WaiterTrees.install(WaiterModel::create);
    }

    /** The only waiter format botocore reads. */
    public static final int SUPPORTED_VERSION = 2;

    private final ServiceModel service;
    private final String origin;
    private final Map<String, JsonNode> configs;
    private final Map<String, String> nameBySnakeName;
    private final Map<String, WaiterDefinition> parsed = new ConcurrentHashMap<>();

    private WaiterModel(ServiceModel service, Map<String, JsonNode> configs, String origin) {
        this.service = service;
        this.configs = configs;
        this.origin = origin;
        Map<String, String> snake = new HashMap<>();
        configs.keySet().forEach(n -> snake.put(Names.xformName(n), n));
        this.nameBySnakeName = snake;
    }

    /**
     * The waiters of a loaded {@code waiters-2} tree ({@code loader.loadServiceModel(svc, "waiters-2", version)}).
     *
     * @throws ModelError when the version is not 2 or there is no {@code waiters} object
     */
    static WaiterModel create(ServiceModel service, JsonNode tree) {
        String origin = service.serviceName() + " waiters-2";
        JsonNode version = tree == null ? null : tree.get("version");
        if (version == null || !version.isIntegralNumber() || version.asInt() != SUPPORTED_VERSION) {
            throw new ModelError(origin + ": unsupported waiter version, supported version must be: "
                    + SUPPORTED_VERSION + ", but version of waiter config is: " + (version == null ? "unknown" : version));
        }
        JsonNode waiters = tree.get("waiters");
        if (waiters == null || !waiters.isObject()) {
            throw new ModelError(origin + ": no 'waiters' object");
        }
        Map<String, JsonNode> configs = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = waiters.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            configs.put(e.getKey(), e.getValue());
        }
        return new WaiterModel(service, configs, origin);
    }

    /** A service without a waiters file. */
    public static WaiterModel empty(ServiceModel service) {
        return new WaiterModel(service, Map.of(), service.serviceName() + " (no waiters-2)");
    }

    ServiceModel serviceModel() {
        return service;
    }

    /** Waiter names as in the file, sorted. */
    public List<String> waiterNames() {
        return Collections.unmodifiableList(new ArrayList<>(configs.keySet()));
    }

    /** Waiter names as boto3 lists them ({@code client.waiter_names}): snake_case, sorted by model name. */
    public List<String> snakeWaiterNames() {
        List<String> out = new ArrayList<>();
        configs.keySet().forEach(n -> out.add(Names.xformName(n)));
        return out;
    }

    public boolean hasWaiter(String name) {
        return modelName(name) != null;
    }

    /** The waiter, calling its operation through {@code invoker} and pausing with {@link Sleeper#SYSTEM}. */
    public Waiter waiter(String name, OperationInvoker invoker) {
        return waiter(name, invoker, Sleeper.SYSTEM);
    }

    /**
     * The waiter, pausing between attempts with {@code sleeper}.
     *
     * @throws IllegalArgumentException when there is no such waiter (botocore's ValueError), listing those there are
     * @throws ModelError when its entry in the file is malformed
     */
    Waiter waiter(String name, OperationInvoker invoker, Sleeper sleeper) {
        return new Waiter(definition(name), invoker, sleeper);
    }

    WaiterDefinition definition(String name) {
        String modelName = modelName(name);
        if (modelName == null) {
            throw new IllegalArgumentException("Waiter does not exist: " + name + " (" + service.serviceName()
                    + " has: " + String.join(", ", snakeWaiterNames()) + ")");
        }
        WaiterDefinition d = parsed.get(modelName);
        if (d == null) {
            d = WaiterDefinition.parse(modelName, configs.get(modelName), origin);
            parsed.putIfAbsent(modelName, d);
        }
        return d;
    }

    /** Every waiter parsed and checked against the service model; empty when all are sound. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        for (String name : configs.keySet()) {
            try {
                problems.addAll(definition(name).problems(service));
            } catch (RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    private String modelName(String name) {
        if (name == null) {
            return null;
        }
        return configs.containsKey(name) ? name : nameBySnakeName.get(name);
    }

    @Override
    public String toString() {
        return "WaiterModel(" + service.serviceName() + ", " + configs.size() + " waiters)";
    }
}
