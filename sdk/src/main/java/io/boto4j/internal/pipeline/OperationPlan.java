package io.boto4j.internal.pipeline;

import io.boto4j.events.Events;
import io.boto4j.model.OperationModel;

/** What the pipeline derives once per operation: its model and the full names of the events it emits. */
record OperationPlan(OperationModel operation, boolean hasStreamingInput, boolean buffersResponse,
                     String provideClientParams,
                     String beforeParameterBuild, String beforeCall, String requestCreated, String chooseSigner,
                     String beforeSign, String beforeSend, String beforeParse, String needsRetry, String responseReceived,
                     String afterCall, String afterCallError) {

    OperationPlan(OperationModel op, String service) {
        // a response without a streamed or event-stream payload is read whole inside the attempt
        this(op, op.hasStreamingInput(), !op.hasStreamingOutput() && !op.hasEventStreamOutput(),
                Events.provideClientParams(service, op.name()),
                Events.beforeParameterBuild(service, op.name()), Events.beforeCall(service, op.name()),
                Events.requestCreated(service, op.name()), Events.chooseSigner(service, op.name()),
                Events.beforeSign(service, op.name()), Events.beforeSend(service, op.name()),
                Events.beforeParse(service, op.name()), Events.needsRetry(service, op.name()),
                Events.responseReceived(service, op.name()), Events.afterCall(service, op.name()),
                Events.afterCallError(service, op.name()));
    }
}
