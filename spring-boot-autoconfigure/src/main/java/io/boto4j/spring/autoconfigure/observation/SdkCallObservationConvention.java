package io.boto4j.spring.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/** Names and keys of the observation of an SDK call; declare a bean of this type to replace the default. */
public interface SdkCallObservationConvention extends ObservationConvention<SdkCallContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof SdkCallContext;
    }
}
