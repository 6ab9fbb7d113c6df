package io.boto4j.spring.autoconfigure.diagnostics;

import io.boto4j.spring.autoconfigure.UnknownServicePropertyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A {@code boto4j.clients.<service>} key names no service the SDK has a model for. */
class UnknownServiceFailureAnalyzer extends AbstractFailureAnalyzer<UnknownServicePropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownServicePropertyException cause) {
        String action = cause.getSuggestions().isEmpty()
                ? "Use botocore's service name (as in `aws <service>` and boto3.client('<service>'))."
                : "Did you mean " + String.join(" or ", cause.getSuggestions().stream()
                        .map(s -> cause.getProperty().substring(0, cause.getProperty().lastIndexOf('.') + 1) + s)
                        .toList()) + "?";
        return new FailureAnalysis("Property " + cause.getProperty() + " names an unknown service '"
                + cause.getServiceName() + "'.", action, cause);
    }
}
