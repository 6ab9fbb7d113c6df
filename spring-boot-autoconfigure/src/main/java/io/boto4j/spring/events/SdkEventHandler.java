package io.boto4j.spring.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a bean method as an SDK event handler for the given botocore-style patterns (prefix and wildcard
 * matching as {@code EventEmitter.register}: {@code provide-client-params.sqs.SendMessage},
 * {@code before-call.s3}, {@code after-call.*.ListBuckets}).
 *
 * <p>Parameters are resolved by type: {@code String} is the full event name, {@code Map<String, Object>} the
 * event's arguments. The return value is the handler's response (null or {@code void} for none), so a handler can
 * replace parameters or short-circuit a call where the event allows it.
 *
 * <p>On a bean class that implements {@link io.boto4j.events.EventHandler}, registers the bean itself.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SdkEventHandler {
    /** Event name patterns. */
    String[] value();
}
