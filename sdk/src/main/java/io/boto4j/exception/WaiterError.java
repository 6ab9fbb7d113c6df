package io.boto4j.exception;

import java.util.Map;

/** A waiter ended without reaching its success state. */
public class WaiterError extends BotoCoreError {
    private final String waiterName;
    private final String reason;
    private final transient Map<String, Object> lastResponse;

    public WaiterError(String waiterName, String reason, Map<String, Object> lastResponse) {
        super("Waiter " + waiterName + " failed: " + reason);
        this.waiterName = waiterName;
        this.reason = reason;
        this.lastResponse = lastResponse;
    }

    public String getWaiterName() {
        return waiterName;
    }

    public String getReason() {
        return reason;
    }

    /** The last response the waiter saw (a result or an error response), or null if none. */
    public Map<String, Object> getLastResponse() {
        return lastResponse;
    }
}
