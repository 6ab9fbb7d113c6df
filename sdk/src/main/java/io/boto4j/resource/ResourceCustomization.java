package io.boto4j.resource;

import io.boto4j.events.EventEmitter;

/**
 * A plugin that adds behaviour to resource classes, found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.boto4j.resource.ResourceCustomization}); the counterpart of boto3's
 * {@code Session._register_default_handlers}. Each new {@link ServiceResource} calls {@link #register} with its
 * client's emitter before building any resource class, so the handlers see every
 * {@code creating-resource-class.<service>.<Resource>} event of that service resource.
 */
public interface ResourceCustomization {
    /** Registers handlers, typically with {@link ResourceClassBuilder#onCreating(EventEmitter, String, java.util.function.Consumer)}. */
    void register(EventEmitter events);
}
