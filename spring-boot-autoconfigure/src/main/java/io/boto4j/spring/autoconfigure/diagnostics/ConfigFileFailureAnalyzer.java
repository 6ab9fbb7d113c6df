package io.boto4j.spring.autoconfigure.diagnostics;

import io.boto4j.exception.ConfigParseError;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A shared config or credentials file ({@code ~/.aws/config}, {@code ~/.aws/credentials}) is malformed. */
class ConfigFileFailureAnalyzer extends AbstractFailureAnalyzer<ConfigParseError> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigParseError cause) {
        return new FailureAnalysis("An AWS shared configuration file could not be read. " + cause.getMessage(),
                "Fix the line named above (INI syntax: [section] headers, 'key = value' lines, nested values"
                        + " indented under 'key ='), or point AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE at"
                        + " another file.", cause);
    }
}
