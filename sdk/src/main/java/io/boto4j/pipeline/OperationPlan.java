package io.boto4j.pipeline;

import io.boto4j.model.OperationModel;

/** What the pipeline derives once per operation: its model and the full names of the events it emits. */
record OperationPlan(OperationModel operation, boolean hasStreamingInput, String provideClientParams,
                     String beforeParameterBuild, String beforeCall, String requestCreated, String chooseSigner,
                     String beforeSign, String beforeSend, String beforeParse, String needsRetry, String responseReceived,
                     String afterCall, String afterCallError) {

    OperationPlan(OperationModel op, String service) {
        this(op, op.hasStreamingInput(), name("provide-client-params", service, op),
                name("before-parameter-build", service, op), name("before-call", service, op),
                name("request-created", service, op), name("choose-signer", service, op),
                name("before-sign", service, op), name("before-send", service, op), name("before-parse", service, op),
                name("needs-retry", service, op),
                name("response-received", service, op), name("after-call", service, op),
                name("after-call-error", service, op));
    }

    private static String name(String event, String service, OperationModel op) {
        return event + "." + service + "." + op.name();
    }
}
