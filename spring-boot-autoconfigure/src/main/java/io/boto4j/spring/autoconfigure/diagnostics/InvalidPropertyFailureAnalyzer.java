package io.boto4j.spring.autoconfigure.diagnostics;

import io.boto4j.spring.autoconfigure.InvalidBoto4jPropertyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A {@code boto4j.*} property has a value (or, under {@code boto4j.config}, a name) the SDK rejects. */
class InvalidPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBoto4jPropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidBoto4jPropertyException cause) {
        return new FailureAnalysis("Invalid boto4j property:\n\n    Property: " + cause.getProperty()
                + "\n    Value: " + cause.getValue() + "\n    Reason: " + cause.getReason(),
                "Update " + cause.getProperty() + " in your application's configuration to one of the values"
                        + " the reason names.", cause);
    }
}
