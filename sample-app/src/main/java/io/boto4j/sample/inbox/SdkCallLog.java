package io.boto4j.sample.inbox;

import io.boto4j.spring.events.SdkEvent;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The last AWS calls the inbox made, from the SDK's {@code after-call} events that the starter publishes as
 * Spring application events ({@code boto4j.events.publish} in application.yml); the page shows them.
 */
@Component
public class SdkCallLog {
    private static final int KEPT = 25;

    /** One finished call: botocore's event name ({@code after-call.s3.PutObject}) tells service and operation. */
    public record Call(String service, String operation, Instant at) {
    }

    private final Deque<Call> calls = new ArrayDeque<>();

    @EventListener
    void onSdkEvent(SdkEvent event) {
        String[] parts = event.getEventName().split("\\.");
        if (parts.length < 3) {
            return;
        }
        synchronized (calls) {
            calls.addFirst(new Call(parts[1], parts[2], Instant.now()));
            while (calls.size() > KEPT) {
                calls.removeLast();
            }
        }
    }

    public List<Call> recent() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
