package io.boto4j.spring.events;

import io.boto4j.events.EventHandler;
import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Registers {@link SdkEventHandler} methods and annotated {@link EventHandler} beans with the SDK. */
public final class SdkEventHandlerBeanPostProcessor implements BeanPostProcessor {
    private final ObjectProvider<SdkHandlerRegistry> registry;

    public SdkEventHandlerBeanPostProcessor(ObjectProvider<SdkHandlerRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SdkHandlerRegistry) {
            return bean;
        }
        Class<?> type = AopUtils.getTargetClass(bean);
        SdkEventHandler onType = AnnotatedElementUtils.findMergedAnnotation(type, SdkEventHandler.class);
        if (onType != null && bean instanceof EventHandler handler) {
            for (String pattern : onType.value()) {
                registry.getObject().register(pattern, handler);
            }
        }
        Map<Method, SdkEventHandler> methods = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<SdkEventHandler>) m ->
                        AnnotatedElementUtils.findMergedAnnotation(m, SdkEventHandler.class));
        methods.forEach((method, annotation) -> {
            MethodEventHandler handler = new MethodEventHandler(bean, AopUtils.selectInvocableMethod(method, bean.getClass()));
            for (String pattern : annotation.value()) {
                registry.getObject().register(pattern, handler);
            }
        });
        return bean;
    }
}
