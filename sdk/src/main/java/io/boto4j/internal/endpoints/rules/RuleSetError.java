package io.boto4j.internal.endpoints.rules;

import io.boto4j.exception.EndpointResolutionError;

/**
 * Raised by a rule set: an error rule's message (verbatim, as botocore raises it), a missing required
 * parameter, a parameter of the wrong type, or a malformed rule set.
 */
public final class RuleSetError extends EndpointResolutionError {
    public RuleSetError(String message) {
        super(message);
    }
}
