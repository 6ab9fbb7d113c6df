package io.boto4j.spring.autoconfigure.test;

import io.boto4j.client.Client;
import io.boto4j.testing.Stubber;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The stubbers of a {@link Boto4jStubbed} context, one per client bean, activated as each client is created.
 * It is the bean post-processor that attaches them, so it exists before any client does.
 */
public final class Boto4jStubbers implements BeanPostProcessor, DisposableBean {
    private final Map<String, Stubber> byBeanName = new LinkedHashMap<>();
    private final Map<String, Stubber> byService = new LinkedHashMap<>();

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Client client) {
            Stubber stubber = new Stubber(client).activate();
            byBeanName.put(beanName, stubber);
            byService.putIfAbsent(client.meta().serviceModel().serviceName(), stubber);
        }
        return bean;
    }

    /** The stubber of the (first) client bean of a service, e.g. {@code s3}. */
    public synchronized Stubber forService(String serviceName) {
        Stubber stubber = byService.get(serviceName);
        if (stubber == null) {
            throw new IllegalArgumentException("No client bean for service '" + serviceName + "'; stubbed clients: "
                    + byService.keySet() + ". Declare one with boto4j.clients." + serviceName + ".enabled=true");
        }
        return stubber;
    }

    /** The stubber of a client bean by its name, e.g. {@code s3Client}. */
    public synchronized Stubber forBean(String beanName) {
        Stubber stubber = byBeanName.get(beanName);
        if (stubber == null) {
            throw new IllegalArgumentException("No client bean named '" + beanName + "'; stubbed beans: "
                    + byBeanName.keySet());
        }
        return stubber;
    }

    /** Fails if any stubber still has queued responses. */
    public synchronized void assertNoPendingResponses() {
        byBeanName.values().forEach(Stubber::assertNoPendingResponses);
    }

    @Override
    public synchronized void destroy() {
        byBeanName.values().forEach(Stubber::deactivate);
    }
}
