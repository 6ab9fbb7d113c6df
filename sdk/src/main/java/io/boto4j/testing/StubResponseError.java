package io.boto4j.testing;

import io.boto4j.exception.BotoCoreError;

/** The queued response is for another operation than the one called. */
public class StubResponseError extends BotoCoreError {
    private final String operationName;

    public StubResponseError(String operationName, String reason) {
        super("Error getting response stub for operation " + operationName + ": " + reason);
        this.operationName = operationName;
    }

    public String getOperationName() {
        return operationName;
    }
}
