package io.boto4j.resource;

import io.boto4j.events.EventEmitter;
import io.boto4j.events.EventHandler;
import io.boto4j.model.ServiceModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a {@code creating-resource-class.<service>.<Resource>} handler receives (under the argument
 * {@value #ARGUMENT}) to add behaviour to a resource class before its first use: boto3's {@code class_attributes}
 * and {@code base_classes}, typed. A handler can
 * <ul>
 *   <li>add a named custom action ({@link #action}), called as {@code resource.action("upload_file", params)};</li>
 *   <li>add a typed extension object ({@link #extension}), got with {@code resource.extension(Type.class)};</li>
 *   <li>replace the load of the resource's data ({@link #load}), as boto3 does for S3's {@code Bucket};</li>
 *   <li>cap the chunk size of a batch action ({@link #batchSize}) where the service documents a limit the model
 *       does not carry.</li>
 * </ul>
 * The event name uses boto3's class name: {@code creating-resource-class.s3.Object}, and
 * {@code creating-resource-class.s3.ServiceResource} for the service resource itself.
 */
public final class ResourceClassBuilder {
    /** The event's name prefix. */
    public static final String EVENT = "creating-resource-class";
    /** The event argument that holds this builder. */
    public static final String ARGUMENT = "resource_class";

    /** Replaces the model's load: returns the resource's data (boto3's {@code meta.data}). */
    @FunctionalInterface
    public interface DataLoader {
        Map<String, Object> load(Resource resource);
    }

    private final String serviceName;
    private final String className;
    private final ResourceModel model;
    private final ServiceModel serviceModel;
    private final Map<String, CustomAction> actions = new LinkedHashMap<>();
    private final Map<Class<?>, Function<? super Resource, ?>> extensions = new LinkedHashMap<>();
    private final Map<String, Integer> batchSizes = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private DataLoader load;

    ResourceClassBuilder(String serviceName, String className, ResourceModel model, ServiceModel serviceModel) {
        this.serviceName = serviceName;
        this.className = className;
        this.model = model;
        this.serviceModel = serviceModel;
        taken.addAll(model.identifierNames());
        taken.addAll(model.attributes().keySet());
        taken.addAll(model.actions().keySet());
        taken.addAll(model.subresources().keySet());
        taken.addAll(model.references().keySet());
        taken.addAll(model.collections().keySet());
        taken.addAll(model.waiters().keySet());
    }

    /** A handler for {@link EventEmitter#register} that passes the builder of every class it sees to {@code body}. */
    public static EventHandler handler(Consumer<ResourceClassBuilder> body) {
        return new BuilderHandler(Objects.requireNonNull(body, "body"));
    }

    /** {@link #handler}'s handler; a named class, as every resource customization registers some on a fresh JVM. */
    private static final class BuilderHandler implements EventHandler {
        private final Consumer<ResourceClassBuilder> body;

        BuilderHandler(Consumer<ResourceClassBuilder> body) {
            this.body = body;
        }

        @Override
        public Object handle(String eventName, Map<String, Object> kwargs) {
            if (kwargs.get(ARGUMENT) instanceof ResourceClassBuilder b) {
                body.accept(b);
            }
            return null;
        }
    }

    /**
     * Registers {@code body} for the classes matching {@code classPattern} ({@code s3.Bucket}, {@code s3},
     * {@code *.ServiceResource}): shorthand for registering {@link #handler} under
     * {@code creating-resource-class.<classPattern>}.
     */
    public static void onCreating(EventEmitter events, String classPattern, Consumer<ResourceClassBuilder> body) {
        events.register(EVENT + "." + classPattern, handler(body));
    }

    public String serviceName() {
        return serviceName;
    }

    /** boto3's class name without the service: {@code Bucket}, or {@code ServiceResource}. */
    public String className() {
        return className;
    }

    /** The low-level service model, e.g. to read an operation's shapes. */
    public ServiceModel serviceModel() {
        return serviceModel;
    }

    /** boto3's names of the modeled actions of the class. */
    public List<String> modelActionNames() {
        return List.copyOf(model.actions().keySet());
    }

    /**
     * Adds a custom action under boto3's (snake_case) name. Like boto3's {@code inject_attribute}, a name the class
     * already has (modeled or added by another handler) is refused.
     */
    public ResourceClassBuilder action(String name, CustomAction action) {
        Objects.requireNonNull(action, "action");
        if (!taken.add(name)) {
            throw new IllegalStateException("Cannot add action '" + name + "' to " + serviceName + "." + className
                    + ": the class already has a member of that name");
        }
        actions.put(name, action);
        return this;
    }

    /**
     * Replaces a modeled action with custom behaviour under the same name, as boto3's EC2 {@code create_tags}
     * replaces the modeled one to return {@code Tag} resources.
     */
    public ResourceClassBuilder replaceAction(String name, CustomAction action) {
        Objects.requireNonNull(action, "action");
        if (!model.actions().containsKey(name)) {
            throw new IllegalStateException(serviceName + "." + className + " has no modeled action '" + name
                    + "' to replace; use action(...) to add one. Modeled: " + model.actions().keySet());
        }
        actions.put(name, action);
        return this;
    }

    /** Adds a typed extension, created per call of {@link Resource#extension(Class)} from the resource. */
    public <T> ResourceClassBuilder extension(Class<T> type, Function<? super Resource, ? extends T> factory) {
        Objects.requireNonNull(factory, "factory");
        if (extensions.putIfAbsent(type, factory) != null) {
            throw new IllegalStateException(serviceName + "." + className + " already has an extension of type "
                    + type.getName());
        }
        return this;
    }

    /** Replaces (or, for a resource without one, adds) the load of the resource's data. */
    public ResourceClassBuilder load(DataLoader loader) {
        this.load = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** Caps the number of resources per call of a batch action (boto3 name, e.g. {@code delete}). */
    public ResourceClassBuilder batchSize(String batchActionName, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + max);
        }
        batchSizes.put(batchActionName, max);
        return this;
    }

    Map<String, CustomAction> actions() {
        return actions;
    }

    Map<Class<?>, Function<? super Resource, ?>> extensions() {
        return extensions;
    }

    Map<String, Integer> batchSizes() {
        return batchSizes;
    }

    DataLoader loadOverride() {
        return load;
    }

    ResourceModel model() {
        return model;
    }

    @Override
    public String toString() {
        return "ResourceClassBuilder[" + serviceName + "." + className + "]";
    }
}
