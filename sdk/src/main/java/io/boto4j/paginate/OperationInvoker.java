package io.boto4j.paginate;

import java.util.Map;

/**
 * How a paginator calls its operation; the client implements it. Parameters arrive unmodifiable and in the
 * order the caller gave them, followed by the paging members. Errors propagate as thrown.
 */
@FunctionalInterface
public interface OperationInvoker {
    Map<String, Object> invoke(String operationName, Map<String, Object> params);
}
