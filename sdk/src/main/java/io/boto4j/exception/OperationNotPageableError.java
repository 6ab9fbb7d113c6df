package io.boto4j.exception;

/** The operation has no paginator ({@code client.getPaginator} on an operation that {@code canPaginate} denies). */
public class OperationNotPageableError extends BotoCoreError {
    private final String operationName;

    public OperationNotPageableError(String operationName) {
        super("Operation cannot be paginated: " + operationName);
        this.operationName = operationName;
    }

    public String getOperationName() {
        return operationName;
    }
}
