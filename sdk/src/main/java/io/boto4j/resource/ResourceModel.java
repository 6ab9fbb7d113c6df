package io.boto4j.resource;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.model.Names;
import io.boto4j.resource.Definitions.Action;
import io.boto4j.resource.Definitions.Identifier;
import io.boto4j.resource.Definitions.Waiter;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource of a {@code resources-1.json} (or the service itself) with boto3's names: every member gets the
 * snake_case name boto3 gives it, and a name already taken by a member of higher precedence (load, identifiers,
 * actions, sub-resources, references, collections, waiters, attributes, in that order) gets the category as a
 * suffix ({@code id_attribute}), exactly as boto3's {@code load_rename_map} does. The precedence matters: the
 * same JSON yields different names without it, and users type boto3's names.
 */
final class ResourceModel {
    static final String WAITER_PREFIX = "WaitUntil";

    private final String name;
    private final String shape;
    private final List<Identifier> identifiers;
    private final Action load;
    private final Map<String, Action> actions;
    private final Map<String, Action> batchActions;
    private final Map<String, Action> has;
    private final Map<String, Action> hasMany;
    private final Map<String, Waiter> waiters;
    private final Map<String, String> renamed = new HashMap<>();

    // boto3's names, in model order
    private final List<String> identifierNames;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, Action> actionsByName = new LinkedHashMap<>();
    private final Map<String, Action> subresources = new LinkedHashMap<>();
    private final Map<String, Action> references = new LinkedHashMap<>();
    private final Map<String, Action> collections = new LinkedHashMap<>();
    private final Map<String, Waiter> waitersByName = new LinkedHashMap<>();
    private final Map<String, Action> batchActionsByName = new LinkedHashMap<>();

    /**
     * @param resources  the file's {@code resources} object (every resource of the service)
     * @param isService  true for the file's {@code service} entry, which "has" every resource of the service
     * @param members    the member names of the resource's shape, or an empty list without one
     */
    ResourceModel(String name, JsonNode definition, JsonNode resources, boolean isService, List<String> members) {
        this.name = name;
        this.shape = Definitions.text(definition, "shape");
        this.identifiers = Definitions.identifiers(definition.get("identifiers"));
        this.load = definition.has("load") ? Action.of("load", definition.get("load")) : null;
        this.actions = Definitions.actions(definition.get("actions"));
        this.batchActions = Definitions.actions(definition.get("batchActions"));
        this.has = isService ? serviceHas(definition, resources) : Definitions.actions(definition.get("has"));
        this.hasMany = Definitions.actions(definition.get("hasMany"));
        this.waiters = Definitions.waiters(definition.get("waiters"));
        loadRenameMap(members);

        List<String> ids = new java.util.ArrayList<>();
        for (Identifier i : identifiers) {
            ids.add(nameOf("identifier", Names.xformName(i.modelName())));
        }
        this.identifierNames = List.copyOf(ids);
        for (String member : members) {
            String snake = Names.xformName(member);
            if (!identifierNames.contains(snake)) {
                attributes.put(nameOf("attribute", snake), member);
            }
        }
        // loops, not forEach lambdas: a first resource builds this on a fresh JVM, where each lambda spins a class
        for (Map.Entry<String, Action> e : actions.entrySet()) {
            actionsByName.put(nameOf("action", Names.xformName(e.getKey())), e.getValue());
        }
        for (Map.Entry<String, Action> e : has.entrySet()) {
            if (e.getValue().resource().needsData()) {
                references.put(nameOf("reference", Names.xformName(e.getKey())), e.getValue());
            } else {
                subresources.put(nameOf("subresource", e.getKey()), e.getValue());
            }
        }
        for (Map.Entry<String, Action> e : hasMany.entrySet()) {
            collections.put(nameOf("collection", Names.xformName(e.getKey())), e.getValue());
        }
        for (Map.Entry<String, Waiter> e : waiters.entrySet()) {
            waitersByName.put(nameOf("waiter", Names.xformName(WAITER_PREFIX + e.getKey())), e.getValue());
        }
        for (Map.Entry<String, Action> e : batchActions.entrySet()) {
            batchActionsByName.put(Names.xformName(e.getKey()), e.getValue());
        }
    }

    /**
     * boto3 treats the service entry as having every resource of the service: the ones its {@code has} names under
     * their own names, the rest under the resource's name with all identifiers from the caller.
     */
    private static Map<String, Action> serviceHas(JsonNode definition, JsonNode resources) {
        Map<String, Action> declared = Definitions.actions(definition.get("has"));
        Map<String, Action> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : resources.properties()) {
            boolean found = false;
            for (Map.Entry<String, Action> d : declared.entrySet()) {
                if (d.getValue().resource() != null && e.getKey().equals(d.getValue().resource().type())) {
                    out.put(d.getKey(), d.getValue());
                    found = true;
                }
            }
            if (!found) {
                List<Definitions.Param> inputs = new java.util.ArrayList<>();
                for (Identifier i : Definitions.identifiers(e.getValue().get("identifiers"))) {
                    inputs.add(new Definitions.Param(i.modelName(), "input", null, null, null));
                }
                out.put(e.getKey(), new Action(e.getKey(), null,
                        new Definitions.ResponseResource(e.getKey(), List.copyOf(inputs), null), null));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private void loadRenameMap(List<String> members) {
        Set<String> names = new HashSet<>();
        names.add("meta");
        if (load != null) {
            names.add("load");
        }
        for (Identifier i : identifiers) {
            claim(names, Names.xformName(i.modelName()), "identifier");
        }
        for (String n : actions.keySet()) {
            claim(names, Names.xformName(n), "action");
        }
        for (Map.Entry<String, Action> e : has.entrySet()) {
            if (e.getValue().resource().needsData()) {
                claim(names, Names.xformName(e.getKey()), "reference");
            } else {
                claim(names, e.getKey(), "subresource");
            }
        }
        for (String n : hasMany.keySet()) {
            claim(names, Names.xformName(n), "collection");
        }
        for (String n : waiters.keySet()) {
            claim(names, Names.xformName(WAITER_PREFIX + n), "waiter");
        }
        for (String m : members) {
            claim(names, Names.xformName(m), "attribute");
        }
    }

    private void claim(Set<String> names, String candidate, String category) {
        String n = candidate;
        if (names.contains(n)) {
            n = candidate + "_" + category;
            renamed.put(category + ":" + candidate, n);
            if (names.contains(n)) {
                throw new IllegalStateException("resource " + name + ": cannot rename " + category + " " + candidate
                        + " to " + n + ", the name is taken too");
            }
        }
        names.add(n);
    }

    private String nameOf(String category, String candidate) {
        return renamed.getOrDefault(category + ":" + candidate, candidate);
    }

    String name() {
        return name;
    }

    String shape() {
        return shape;
    }

    List<Identifier> identifiers() {
        return identifiers;
    }

    /** boto3's identifier names ({@code bucket_name}), in model order. */
    List<String> identifierNames() {
        return identifierNames;
    }

    /** The boto3 name of an identifier's alias attribute ({@code instance_id} for an Instance's {@code Id}), or null. */
    String memberAlias(Identifier i) {
        return i.memberName() == null ? null : nameOf("attribute", Names.xformName(i.memberName()));
    }

    Action load() {
        return load;
    }

    /** boto3 name to shape member name. */
    Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    Map<String, Action> actions() {
        return Collections.unmodifiableMap(actionsByName);
    }

    Map<String, Action> subresources() {
        return Collections.unmodifiableMap(subresources);
    }

    Map<String, Action> references() {
        return Collections.unmodifiableMap(references);
    }

    Map<String, Action> collections() {
        return Collections.unmodifiableMap(collections);
    }

    Map<String, Waiter> waiters() {
        return Collections.unmodifiableMap(waitersByName);
    }

    Map<String, Action> batchActions() {
        return Collections.unmodifiableMap(batchActionsByName);
    }
}
