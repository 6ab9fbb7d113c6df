package io.boto4j.spring.events;

import io.boto4j.events.Event;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.core.ResolvableType;

/**
 * Resolves an {@link SdkEventHandler} method's parameters by type: the event name ({@code String}), botocore's
 * named arguments ({@code Map<String, Object>}) and the SDK's typed {@link Event}. One line per supported type.
 */
final class HandlerParameters {
    private record Resolver(Class<?> type, BiFunction<String, Map<String, Object>, Object> value) {
    }

    private static final List<Resolver> RESOLVERS = List.of(
            new Resolver(String.class, (name, kwargs) -> name),
            new Resolver(Map.class, (name, kwargs) -> kwargs),
            new Resolver(Event.class, Event::of));

    private HandlerParameters() {
    }

    /** One function per parameter of {@code method}; a parameter of another type is an error naming it. */
    static List<BiFunction<String, Map<String, Object>, Object>> resolve(Method method) {
        Parameter[] parameters = method.getParameters();
        BiFunction<String, Map<String, Object>, Object>[] out = newArray(parameters.length);
        for (int i = 0; i < parameters.length; i++) {
            out[i] = resolverFor(method, i);
        }
        return List.of(out);
    }

    private static BiFunction<String, Map<String, Object>, Object> resolverFor(Method method, int index) {
        Class<?> type = method.getParameterTypes()[index];
        if (type == Map.class) {
            ResolvableType generic = ResolvableType.forMethodParameter(method, index);
            Class<?> key = generic.getGeneric(0).resolve(Object.class);
            if (key != String.class && key != Object.class) {
                throw unsupported(method, index);
            }
        }
        return RESOLVERS.stream().filter(r -> r.type == type).findFirst().map(Resolver::value)
                .orElseThrow(() -> unsupported(method, index));
    }

    private static IllegalStateException unsupported(Method method, int index) {
        return new IllegalStateException("@SdkEventHandler method " + method.getDeclaringClass().getSimpleName() + "."
                + method.getName() + " has a parameter of type " + method.getGenericParameterTypes()[index].getTypeName()
                + " (#" + index + "); supported are "
                + List.of("String (the event name)", "Map<String, Object> (the event's arguments)",
                        "Event (the typed event)"));
    }

    @SuppressWarnings("unchecked")
    private static BiFunction<String, Map<String, Object>, Object>[] newArray(int n) {
        return (BiFunction<String, Map<String, Object>, Object>[]) new BiFunction<?, ?, ?>[n];
    }
}
