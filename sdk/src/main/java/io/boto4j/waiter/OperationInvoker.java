package io.boto4j.waiter;

import java.util.Map;

/**
 * How a waiter calls its operation; the client implements it. A service error must arrive as
 * {@link io.boto4j.exception.ClientError}: its response is what {@code error} and {@code status} acceptors
 * look at. Any other exception ends the wait.
 */
@FunctionalInterface
public interface OperationInvoker {
    Map<String, Object> invoke(String operationName, Map<String, Object> params);
}
