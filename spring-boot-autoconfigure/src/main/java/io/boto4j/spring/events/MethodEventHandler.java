package io.boto4j.spring.events;

import io.boto4j.events.EventHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.util.ReflectionUtils;

/** An {@link SdkEventHandler} bean method as an SDK {@link EventHandler}; its return value is the response. */
final class MethodEventHandler implements EventHandler {
    private final Object bean;
    private final Method method;
    private final List<BiFunction<String, Map<String, Object>, Object>> parameters;

    MethodEventHandler(Object bean, Method method) {
        this.bean = bean;
        this.method = method;
        this.parameters = HandlerParameters.resolve(method);
        ReflectionUtils.makeAccessible(method);
    }

    @Override
    public Object handle(String eventName, Map<String, Object> kwargs) {
        Object[] args = new Object[parameters.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = parameters.get(i).apply(eventName, kwargs);
        }
        try {
            return method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            ReflectionUtils.rethrowRuntimeException(e.getTargetException());
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call @SdkEventHandler method " + method, e);
        }
    }

    @Override
    public String toString() {
        return "@SdkEventHandler " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
