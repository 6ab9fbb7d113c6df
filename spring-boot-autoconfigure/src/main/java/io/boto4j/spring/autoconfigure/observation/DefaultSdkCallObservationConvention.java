package io.boto4j.spring.autoconfigure.observation;

import io.micrometer.common.KeyValues;

/**
 * {@code boto4j.client.requests}: low-cardinality {@code service}, {@code operation}, {@code outcome},
 * {@code error.code} ({@code none} without one) and {@code status} ({@code none} without a response);
 * high-cardinality {@code aws.request.id} and {@code retry.attempts}.
 */
public class DefaultSdkCallObservationConvention implements SdkCallObservationConvention {
    public static final String NAME = "boto4j.client.requests";
    private static final String NONE = "none";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(SdkCallContext context) {
        return context.getServiceName() + " " + context.getOperationName();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(SdkCallContext context) {
        SdkCallOutcome outcome = context.getOutcome();
        return KeyValues.of(
                "service", context.getServiceName(),
                "operation", context.getOperationName(),
                "outcome", outcome == null ? "UNKNOWN" : outcome.name(),
                "error.code", context.getErrorCode() == null ? NONE : context.getErrorCode(),
                "status", context.getStatusCode() == 0 ? NONE : Integer.toString(context.getStatusCode()));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(SdkCallContext context) {
        return KeyValues.of(
                "aws.request.id", context.getRequestId() == null ? NONE : context.getRequestId(),
                "retry.attempts", Integer.toString(context.getAttempts() - 1));
    }
}
