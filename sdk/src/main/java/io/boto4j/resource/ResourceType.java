package io.boto4j.resource;

import io.boto4j.model.Names;
import io.boto4j.resource.Definitions.Action;
import io.boto4j.resource.Definitions.Identifier;
import io.boto4j.resource.Definitions.Waiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A resource class as boto3's factory builds it, once per service resource and resource name: its identifiers,
 * attributes, actions, sub-resources, references, collections and waiters under boto3's names, plus what
 * {@code creating-resource-class} handlers added. Immutable; shared by every instance of the class.
 */
public final class ResourceType {
    private final ServiceContext service;
    private final ResourceModel model;
    private final String className;
    private final NameIndex<Integer> identifiers;
    private final NameIndex<String> attributes;
    private final NameIndex<Action> actions;
    private final NameIndex<CustomAction> customActions;
    private final NameIndex<Action> subresources;
    private final NameIndex<Action> references;
    private final NameIndex<Action> collections;
    private final NameIndex<Waiter> waiters;
    private final Map<Class<?>, Function<? super Resource, ?>> extensions;
    private final Map<String, Integer> batchSizes;
    private final ResourceClassBuilder.DataLoader loadOverride;
    private final Map<String, Integer> aliasToIdentifier = new java.util.HashMap<>();

    ResourceType(ServiceContext service, ResourceClassBuilder built) {
        this.service = service;
        this.model = built.model();
        this.className = built.className();
        String owner = service.serviceName() + "." + className;
        identifiers = new NameIndex<>("identifier", owner);
        List<Identifier> ids = model.identifiers();
        for (int i = 0; i < ids.size(); i++) {
            identifiers.add(model.identifierNames().get(i), i, ids.get(i).modelName());
            String alias = model.memberAlias(ids.get(i));
            if (alias != null) {
                aliasToIdentifier.put(alias, i);
                aliasToIdentifier.put(ids.get(i).memberName(), i);
            }
        }
        attributes = new NameIndex<>("attribute", owner);
        // loops, not forEach lambdas: a fresh JVM's first resource builds its types, and each lambda spins a class
        for (Map.Entry<String, String> e : model.attributes().entrySet()) {
            attributes.add(e.getKey(), e.getValue(), e.getValue());
        }
        actions = new NameIndex<>("action", owner);
        for (Map.Entry<String, Action> e : model.actions().entrySet()) {
            actions.add(e.getKey(), e.getValue(), e.getValue().modelName());
        }
        customActions = new NameIndex<>("action", owner);
        for (Map.Entry<String, CustomAction> e : built.actions().entrySet()) {
            customActions.add(e.getKey(), e.getValue());
        }
        subresources = new NameIndex<>("sub-resource", owner);
        for (Map.Entry<String, Action> e : model.subresources().entrySet()) {
            subresources.add(e.getKey(), e.getValue(), e.getValue().modelName());
        }
        references = new NameIndex<>("reference", owner);
        for (Map.Entry<String, Action> e : model.references().entrySet()) {
            references.add(e.getKey(), e.getValue(), e.getValue().modelName());
        }
        collections = new NameIndex<>("collection", owner);
        for (Map.Entry<String, Action> e : model.collections().entrySet()) {
            collections.add(e.getKey(), e.getValue(), e.getValue().modelName());
        }
        waiters = new NameIndex<>("waiter", owner);
        for (Map.Entry<String, Waiter> e : model.waiters().entrySet()) {
            waiters.add(e.getKey(), e.getValue(), e.getValue().modelName(),
                    ResourceModel.WAITER_PREFIX + e.getValue().modelName());
        }
        this.extensions = Map.copyOf(built.extensions());
        this.batchSizes = Map.copyOf(built.batchSizes());
        this.loadOverride = built.loadOverride();
    }

    public String serviceName() {
        return service.serviceName();
    }

    /** The resource's name in the model ({@code Object}); the service name for the service resource. */
    public String name() {
        return model.name();
    }

    /** boto3's class name: {@code s3.Object}, {@code s3.ServiceResource}. */
    public String className() {
        return service.serviceName() + "." + className;
    }

    /** The model's shape of the resource's data, or null. */
    public String shapeName() {
        return model.shape();
    }

    public List<String> identifierNames() {
        return model.identifierNames();
    }

    /** Attributes read from the data, identifier aliases included ({@code instance_id}). */
    public List<String> attributeNames() {
        return attributes.names();
    }

    /** Modeled actions. */
    public List<String> actionNames() {
        return actions.names();
    }

    /** Actions added (or modeled ones replaced) by {@code creating-resource-class} handlers. */
    public List<String> customActionNames() {
        return customActions.names();
    }

    public List<String> subResourceNames() {
        return subresources.names();
    }

    public List<String> referenceNames() {
        return references.names();
    }

    public List<String> collectionNames() {
        return collections.names();
    }

    /** boto3's waiter method names ({@code wait_until_exists}). */
    public List<String> waiterNames() {
        return waiters.names();
    }

    /** Whether the resource can load its data (a modeled load, or one a handler added). */
    public boolean hasLoad() {
        return model.load() != null || loadOverride != null;
    }

    /** The batch actions of a collection of this class ({@code delete} for {@code bucket.objects}). */
    public List<String> batchActionNames(String collection) {
        Action c = collections.get(collection);
        return List.copyOf(service.type(c.resource().type()).model.batchActions().keySet());
    }

    @Override
    public String toString() {
        return "ResourceType[" + className() + "]";
    }

    // ---- package-private lookups for Resource and ResourceCollection ----

    ServiceContext service() {
        return service;
    }

    ResourceModel model() {
        return model;
    }

    int identifierIndex(String name) {
        Integer i = identifiers.find(name);
        if (i == null) {
            i = aliasToIdentifier.get(name);
        }
        if (i == null) {
            throw identifiers.unknown(name);
        }
        return i;
    }

    Integer identifierIndexOrNull(String name) {
        Integer i = identifiers.find(name);
        return i != null ? i : aliasToIdentifier.get(name);
    }

    boolean isIdentifierAlias(String name) {
        return aliasToIdentifier.containsKey(name);
    }

    /** The shape member of an attribute, or null when the name is none of the class's attributes. */
    String attributeMember(String name) {
        return attributes.find(name);
    }

    IllegalArgumentException unknownAttribute(String name) {
        return attributes.unknown(name);
    }

    Action action(String name) {
        return actions.find(name);
    }

    CustomAction customAction(String name) {
        CustomAction c = customActions.find(name);
        if (c == null && !customActions.names().isEmpty()) {
            String modeled = actions.nameOf(name); // a replaced modeled action, called by its model name
            c = modeled == null ? null : customActions.find(modeled);
        }
        return c;
    }

    IllegalArgumentException unknownAction(String name) {
        List<String> all = new ArrayList<>(actions.names());
        all.addAll(customActions.names());
        return NameIndex.unknown("action", className(), name, all);
    }

    Action subresource(String name) {
        return subresources.get(name);
    }

    Action reference(String name) {
        return references.get(name);
    }

    Action collection(String name) {
        return collections.get(name);
    }

    String collectionName(String given) {
        return collections.nameOf(given);
    }

    Waiter waiter(String name) {
        Waiter w = waiters.find(name);
        if (w == null) {
            w = waiters.find(Names.xformName(ResourceModel.WAITER_PREFIX + name));
        }
        if (w == null) {
            throw waiters.unknown(name);
        }
        return w;
    }

    Action batchAction(String name) {
        Action a = model.batchActions().get(name);
        if (a == null) {
            a = model.batchActions().get(Names.xformName(name));
        }
        if (a == null) {
            throw NameIndex.unknown("batch action", "a collection of " + className(), name,
                    List.copyOf(model.batchActions().keySet()));
        }
        return a;
    }

    Integer batchSize(String name) {
        return batchSizes.get(Names.xformName(name));
    }

    ResourceClassBuilder.DataLoader loadOverride() {
        return loadOverride;
    }

    Function<? super Resource, ?> extension(Class<?> type) {
        return extensions.get(type);
    }

    List<Class<?>> extensionTypes() {
        return List.copyOf(extensions.keySet());
    }
}
