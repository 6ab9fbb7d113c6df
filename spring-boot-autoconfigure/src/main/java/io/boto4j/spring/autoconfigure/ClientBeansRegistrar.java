package io.boto4j.spring.autoconfigure;

import io.boto4j.client.Client;
import io.boto4j.client.KnownServices;
import io.boto4j.resource.ServiceResource;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Declares one {@link Client} bean per enabled entry of {@code boto4j.clients}, named {@code <service>Client}
 * ({@code cloudwatch-logs} gives {@code cloudwatchLogsClient}) and qualified by the service name. The definitions
 * name a factory method (no instance supplier), so AOT processing can write them out, lazy initialisation applies,
 * and the context closes the clients. Service names and Config options are checked here, before any bean exists.
 */
class ClientBeansRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Boto4jProperties properties = Binder.get(environment).bind("boto4j", Bindable.of(Boto4jProperties.class))
                .orElseGet(Boto4jProperties::new);
        ConfigOptionsAdapter.toConfig("boto4j.config", properties.getConfig());
        Supplier<KnownServices> known = memoized(KnownServices::fromEnvironment);
        for (Map.Entry<String, Boto4jProperties.ClientProperties> entry : properties.getClients().entrySet()) {
            String key = entry.getKey();
            String service = ServiceKeys.canonical(key, known.get());
            if (known.get().serviceName(service) == null) {
                checkService("boto4j.clients." + service, service, known.get().availableServices());
            }
            ConfigOptionsAdapter.toConfig("boto4j.clients." + service + ".config",
                    ConfigOptionsAdapter.merge(properties.getConfig(), entry.getValue().getConfig()));
            String beanName = ServiceNames.clientBeanName(service);
            if (!entry.getValue().isEnabled() || registry.containsBeanDefinition(beanName)) {
                continue;
            }
            registry.registerBeanDefinition(beanName, clientDefinition(service, key));
        }
        for (Map.Entry<String, Boto4jProperties.ResourceProperties> entry : properties.getResources().entrySet()) {
            String service = ServiceKeys.canonical(entry.getKey(), known.get());
            checkService("boto4j.resources." + service, service, known.get().availableResources());
            String beanName = ServiceNames.resourceBeanName(service);
            if (entry.getValue().isEnabled() && !registry.containsBeanDefinition(beanName)) {
                String clientBean = ServiceNames.clientBeanName(service);
                registry.registerBeanDefinition(beanName, registry.containsBeanDefinition(clientBean)
                        ? sharedClientResourceDefinition(service, clientBean) : resourceDefinition(service));
            }
        }
    }

    /** A ServiceResource bean without a client bean of its service: its client is its own, closed with it. */
    private static RootBeanDefinition resourceDefinition(String service) {
        return factoryDefinition(ServiceResource.class, "createResource", service, "close", service);
    }

    /**
     * A ServiceResource bean over the service's client bean: same configuration, one connection pool. No destroy
     * method (closing the resource would close the client), so the client bean is closed once, by its own.
     */
    private static RootBeanDefinition sharedClientResourceDefinition(String service, String clientBean) {
        // an empty destroy method name, not null: null on an AutoCloseable bean would make Spring infer close()
        return factoryDefinition(ServiceResource.class, "createResource", service, "", service,
                new RuntimeBeanReference(clientBean));
    }

    /** {@code key} is the bound map key (its properties); {@code service} the name the bean is named after. */
    private static RootBeanDefinition clientDefinition(String service, String key) {
        return factoryDefinition(Client.class, "create", service, "close", key);
    }

    /** A bean made by a method of {@code boto4jClientFactory}, qualified by its service's name. */
    private static RootBeanDefinition factoryDefinition(Class<?> type, String factoryMethod, String service,
                                                        String destroyMethod, Object... arguments) {
        RootBeanDefinition definition = new RootBeanDefinition();
        definition.setTargetType(type);
        definition.setFactoryBeanName("boto4jClientFactory");
        definition.setFactoryMethodName(factoryMethod);
        for (int i = 0; i < arguments.length; i++) {
            definition.getConstructorArgumentValues().addIndexedArgumentValue(i, arguments[i]);
        }
        definition.setDestroyMethodName(destroyMethod);
        definition.setRole(BeanDefinition.ROLE_APPLICATION);
        definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, service));
        return definition;
    }

    private static void checkService(String property, String service, List<String> known) {
        if (!known.contains(service)) {
            throw new UnknownServicePropertyException(property, service, ServiceNames.suggestions(service, known));
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        Object[] box = new Object[1];
        return () -> {
            if (box[0] == null) {
                box[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) box[0];
            return t;
        };
    }
}
