package io.boto4j.resource;

import io.boto4j.client.Client;
import io.boto4j.exception.ResourceLoadException;
import io.boto4j.model.Names;
import io.boto4j.resource.Definitions.Action;
import io.boto4j.resource.Definitions.Param;
import io.boto4j.resource.Definitions.Waiter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One boto3 resource instance ({@code s3.Object(bucket_name='b', key='k')}): identifiers fixed at creation, data
 * loaded lazily through the model's {@code load} action (or kept from the response that created the resource),
 * and the class's actions, sub-resources, references, collections and waiters by name. Names are accepted as
 * boto3 spells them ({@code receive_messages}, {@code bucket_name}) or as the model does ({@code ReceiveMessages},
 * {@code BucketName}). Every call goes through {@link ResourceMeta#client()}, so the client's events fire.
 *
 * <p>Thread-safe: identifiers never change; the data is replaced as a whole by {@link #load()}. Two resources are
 * equal when their class and identifiers are.
 */
public class Resource {
    private final ResourceType type;
    private final Object[] identifiers;
    private volatile Map<String, Object> data;

    Resource(ResourceType type, Object[] identifiers, Map<String, Object> data) {
        this.type = type;
        this.identifiers = identifiers;
        this.data = data;
        List<String> names = type.identifierNames();
        for (int i = 0; i < names.size(); i++) {
            if (identifiers[i] == null) {
                throw new IllegalArgumentException("Required parameter " + names.get(i) + " not set: "
                        + type.className() + " takes the identifiers " + describe(names));
            }
        }
    }

    /** A resource from positional identifiers, checked against the class's identifiers in model order. */
    static Resource of(ResourceType type, Object[] given) {
        List<String> names = type.identifierNames();
        if (given.length > names.size()) {
            throw new IllegalArgumentException(type.className() + " takes " + names.size() + " identifier"
                    + (names.size() == 1 ? "" : "s") + " " + describe(names) + ", got " + given.length + ": "
                    + Arrays.toString(given));
        }
        Object[] ids = Arrays.copyOf(given, names.size());
        return new Resource(type, ids, null);
    }

    /** A resource from named identifiers (either spelling); an unknown name is an error, as in boto3. */
    static Resource of(ResourceType type, Map<String, ?> given) {
        Object[] ids = new Object[type.identifierNames().size()];
        for (Map.Entry<String, ?> e : given.entrySet()) {
            Integer i = type.identifierIndexOrNull(e.getKey());
            if (i == null || type.isIdentifierAlias(e.getKey())) {
                throw new IllegalArgumentException("Unknown identifier '" + e.getKey() + "' for " + type.className()
                        + ": it takes " + describe(type.identifierNames()));
            }
            ids[i] = e.getValue();
        }
        return new Resource(type, ids, null);
    }

    private static String describe(List<String> names) {
        return names.isEmpty() ? "none" : "(" + String.join(", ", names) + ")";
    }

    /** boto3's {@code resource.meta}: service, class, client, identifiers and the loaded data. */
    public ResourceMeta meta() {
        return new ResourceMeta(this);
    }

    /** The resource class (its names by category). */
    public ResourceType type() {
        return type;
    }

    // ---- identifiers and attributes ----

    /** An identifier's value by boto3's name ({@code bucket_name}) or the model's ({@code BucketName}). */
    @SuppressWarnings("unchecked")
    public <T> T identifier(String name) {
        return (T) identifiers[type.identifierIndex(name)];
    }

    /** The identifiers by boto3's names, in model order. */
    public Map<String, Object> identifiers() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> names = type.identifierNames();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), identifiers[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * An attribute of the resource's shape ({@code content_length} or {@code ContentLength}), loading the data on
     * first read; identifiers and their aliases ({@code instance_id}) answer without a load.
     *
     * @throws ResourceLoadException when the data is needed and the class has no load
     */
    @SuppressWarnings("unchecked")
    public <T> T attribute(String name) {
        Integer id = type.identifierIndexOrNull(name);
        if (id != null) {
            return (T) identifiers[id];
        }
        String member = type.attributeMember(name);
        if (member == null) {
            throw type.unknownAttribute(name);
        }
        return (T) loadedData().get(member);
    }

    /** The resource's data (every attribute by its model name), loading it first if needed. */
    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(loadedData());
    }

    /** Loads (or reloads) the data through the model's load action, as boto3's {@code load()}. */
    public void load() {
        ResourceClassBuilder.DataLoader override = type.loadOverride();
        Map<String, Object> loaded;
        if (override != null) {
            loaded = override.load(this);
        } else {
            Action load = type.model().load();
            if (load == null) {
                throw new ResourceLoadException(type.className() + " has no load method: its data comes only from "
                        + "the response that created it (a collection or an action)");
            }
            Object r = ResponseMapper.raw(load.path(), call(load, Map.of()).response);
            loaded = r instanceof Map<?, ?> m ? cast(m) : null;
        }
        if (loaded == null) {
            throw new ResourceLoadException(type.className() + this.identifiers() + ": the load found no data");
        }
        this.data = loaded;
    }

    /** boto3's {@code reload()}: the same as {@link #load()}. */
    public void reload() {
        load();
    }

    /** The data, loaded if there is none yet. */
    Map<String, Object> loadedData() {
        Map<String, Object> d = data;
        if (d == null) {
            if (!type.hasLoad()) {
                throw new ResourceLoadException(type.className() + " has no load method, and its data is needed");
            }
            load();
            d = data;
        }
        return d;
    }

    Map<String, Object> dataOrNull() {
        return data;
    }

    void setData(Map<String, Object> data) {
        this.data = data;
    }

    // ---- actions ----

    /**
     * Calls an action ({@code get}, {@code receive_messages}, or a custom action a handler added) with extra
     * parameters; returns what the model says: the response (or the part its path selects), a {@link Resource},
     * or a {@code List<Resource>}. The target type is inferred: {@code Resource q = sqs.action("create_queue", p)}.
     */
    @SuppressWarnings("unchecked")
    public <T> T action(String name, Map<String, ?> params) {
        CustomAction custom = type.customAction(name);
        if (custom != null) {
            return (T) custom.call(this, new LinkedHashMap<>(params == null ? Map.of() : params));
        }
        Action action = type.action(name);
        if (action == null) {
            throw type.unknownAction(name);
        }
        Called called = call(action, params == null ? Map.of() : params);
        Object out = action.resource() != null
                ? ResponseMapper.resources(this, action.resource(), called.params, called.response,
                        action.request().operation())
                : ResponseMapper.raw(action.path(), called.response);
        if (type.hasLoad()) {
            data = null; // the action may have changed the resource: the next read loads again, as in boto3
        }
        return (T) out;
    }

    public <T> T action(String name) {
        return action(name, Map.of());
    }

    /** An action that answers with a response (a map); fails, naming the right method, for one that makes resources. */
    public Map<String, Object> actionResult(String name, Map<String, ?> params) {
        Object out = action(name, params);
        if (out == null || out instanceof Map) {
            return cast((Map<?, ?>) out);
        }
        throw new IllegalStateException(type.className() + "." + name + " returns " + kind(out)
                + ", not a result map; use actionResource or actionResources");
    }

    public Map<String, Object> actionResult(String name) {
        return actionResult(name, Map.of());
    }

    /** An action that makes one resource ({@code create_queue}); null when the response names none. */
    public Resource actionResource(String name, Map<String, ?> params) {
        Object out = action(name, params);
        if (out == null || out instanceof Resource) {
            return (Resource) out;
        }
        throw new IllegalStateException(type.className() + "." + name + " returns " + kind(out)
                + ", not one resource; use actionResult or actionResources");
    }

    public Resource actionResource(String name) {
        return actionResource(name, Map.of());
    }

    /** An action that makes resources ({@code receive_messages}); a single resource comes back as a list of one. */
    @SuppressWarnings("unchecked")
    public List<Resource> actionResources(String name, Map<String, ?> params) {
        Object out = action(name, params);
        if (out == null) {
            return List.of();
        }
        if (out instanceof Resource r) {
            return List.of(r);
        }
        if (out instanceof List<?> l && l.stream().allMatch(Resource.class::isInstance)) {
            return (List<Resource>) l;
        }
        throw new IllegalStateException(type.className() + "." + name + " returns " + kind(out)
                + ", not resources; use actionResult");
    }

    public List<Resource> actionResources(String name) {
        return actionResources(name, Map.of());
    }

    private static String kind(Object o) {
        return o instanceof Resource ? "a resource" : o instanceof List ? "a list" : o instanceof Map ? "a result map"
                : o.getClass().getSimpleName();
    }

    private record Called(Map<String, Object> params, Map<String, Object> response) {
    }

    /** boto3's {@code ServiceAction}: model params from this resource, the caller's on top, through the client. */
    private Called call(Action action, Map<String, ?> extra) {
        Map<String, Object> params = RequestParameters.build(this, action.request().params());
        params.putAll(extra);
        Map<String, Object> response = client().call(action.request().operation(), params);
        return new Called(params, response);
    }

    // ---- sub-resources, references, collections, waiters, extensions ----

    /**
     * A sub-resource ({@code bucket.resource("Object", key)}, {@code object.resource("Bucket")}): the identifiers
     * the model takes from this resource, then the given ones for the rest, in model order. No call is made.
     */
    public Resource resource(String name, Object... identifiers) {
        Action has = type.subresource(name);
        ResourceType target = type.service().type(has.resource().type());
        Object[] ids = new Object[target.identifierNames().size()];
        List<Integer> inputs = new ArrayList<>();
        for (Param p : has.resource().identifiers()) {
            int i = target.identifierIndex(p.target());
            if ("input".equals(p.source())) {
                inputs.add(i);
            } else if ("identifier".equals(p.source())) {
                ids[i] = identifier(p.name());
            } else {
                ids[i] = ResponseMapper.raw(p.path(), loadedData());
            }
        }
        if (identifiers.length != inputs.size()) {
            List<String> wanted = new ArrayList<>();
            inputs.forEach(i -> wanted.add(target.identifierNames().get(i)));
            throw new IllegalArgumentException(type.className() + "." + has.modelName() + " takes "
                    + (wanted.isEmpty() ? "no identifiers" : describe(wanted)) + ", got " + identifiers.length
                    + (identifiers.length == 0 ? "" : ": " + Arrays.toString(identifiers)));
        }
        for (int n = 0; n < inputs.size(); n++) {
            ids[inputs.get(n)] = identifiers[n];
        }
        return new Resource(target, ids, null);
    }

    /**
     * A reference ({@code instance.reference("vpc")}): the related resource, made from this resource's data (loaded
     * if needed); null when the data does not name one, or a {@code List<Resource>} for a plural reference.
     */
    @SuppressWarnings("unchecked")
    public <T> T reference(String name) {
        Action ref = type.reference(name);
        if (dataOrNull() == null && type.hasLoad()) {
            load();
        }
        return (T) ResponseMapper.resources(this, ref.resource(), Map.of(), dataOrNull(), null);
    }

    /** A collection ({@code bucket.collection("objects")}): nothing is called until it is iterated. */
    public ResourceCollection collection(String name) {
        Action c = type.collection(name);
        return new ResourceCollection(this, type.collectionName(name), c);
    }

    /**
     * A resource waiter: {@code waitUntil("Exists")} (or {@code "wait_until_exists"}) polls the client's waiter with
     * the parameters the model fills from this resource plus {@code params} (a {@code WaiterConfig} entry too).
     */
    public void waitUntil(String name, Map<String, ?> params) {
        Waiter w = type.waiter(name);
        Map<String, Object> p = RequestParameters.build(this, w.params());
        p.putAll(params == null ? Map.of() : params);
        client().getWaiter(Names.xformName(w.waiterName())).await(p);
    }

    public void waitUntil(String name) {
        waitUntil(name, Map.of());
    }

    /** A typed extension a {@code creating-resource-class} handler added to this class. */
    public <T> T extension(Class<T> extensionType) {
        Function<? super Resource, ?> factory = type.extension(extensionType);
        if (factory == null) {
            throw new IllegalArgumentException(type.className() + " has no extension " + extensionType.getName()
                    + "; it has " + (type.extensionTypes().isEmpty() ? "none" : type.extensionTypes()));
        }
        return extensionType.cast(factory.apply(this));
    }

    Client client() {
        return type.service().client();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resource r && r.type.className().equals(type.className())
                && Arrays.equals(r.identifiers, identifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type.className(), Arrays.hashCode(identifiers));
    }

    /** boto3's repr: {@code s3.Object(bucket_name='b', key='k')}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.className()).append('(');
        List<String> names = type.identifierNames();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(names.get(i)).append("='").append(identifiers[i]).append('\'');
        }
        return sb.append(')').toString();
    }
}
