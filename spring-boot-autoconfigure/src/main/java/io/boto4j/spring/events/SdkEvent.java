package io.boto4j.spring.events;

import io.boto4j.events.Event;
import java.util.Map;
import org.springframework.context.ApplicationEvent;

/**
 * An SDK event republished as a Spring application event, for names that match {@code boto4j.events.publish}.
 * Listeners observe: the arguments are the SDK's own (a listener that changes them changes the call), but a
 * listener's return value is not a handler response.
 */
public class SdkEvent extends ApplicationEvent {
    private final String eventName;
    private final transient Map<String, Object> kwargs;

    public SdkEvent(Object source, String eventName, Map<String, Object> kwargs) {
        super(source);
        this.eventName = eventName;
        this.kwargs = kwargs;
    }

    /** botocore's full event name, e.g. {@code after-call.s3.ListBuckets}. */
    public String getEventName() {
        return eventName;
    }

    /** The event's named arguments ({@code params}, {@code model}, {@code http_response}, ...). */
    public Map<String, Object> getKwargs() {
        return kwargs;
    }

    /** The SDK's typed view of the same event: {@code getEvent().operationModel()}, {@code .params()}, ... */
    public Event getEvent() {
        return Event.of(eventName, kwargs);
    }

    @Override
    public String toString() {
        return "SdkEvent[" + eventName + "]";
    }
}
