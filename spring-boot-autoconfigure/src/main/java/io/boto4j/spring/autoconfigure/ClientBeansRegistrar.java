package io.boto4j.spring.autoconfigure;

import io.boto4j.client.Client;
import java.util.Map;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Declares one {@link Client} bean per entry of {@code boto4j.clients}, named {@code <service>Client} (dashes
 * dropped: {@code cloudwatch-logs} gives {@code cloudwatchLogsClient}) and qualified by the service name.
 */
class ClientBeansRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Map<String, Boto4jProperties.ClientProperties> clients = Binder.get(environment)
                .bind("boto4j.clients", Bindable.mapOf(String.class, Boto4jProperties.ClientProperties.class))
                .orElse(Map.of());
        for (Map.Entry<String, Boto4jProperties.ClientProperties> entry : clients.entrySet()) {
            String service = entry.getKey();
            String beanName = beanName(service);
            if (!entry.getValue().isEnabled() || registry.containsBeanDefinition(beanName)) {
                continue;
            }
            RootBeanDefinition definition = new RootBeanDefinition(Client.class);
            definition.setFactoryBeanName("boto4jClientFactory");
            definition.setFactoryMethodName("create");
            definition.getConstructorArgumentValues().addIndexedArgumentValue(0, service);
            definition.setDestroyMethodName("close");
            definition.setRole(BeanDefinition.ROLE_APPLICATION);
            definition.addQualifier(new org.springframework.beans.factory.support.AutowireCandidateQualifier(
                    org.springframework.beans.factory.annotation.Qualifier.class, service));
            registry.registerBeanDefinition(beanName, definition);
        }
    }

    static String beanName(String service) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : service.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.append("Client").toString();
    }
}
