package io.boto4j.spring.autoconfigure.diagnostics;

import io.boto4j.exception.NoRegionError;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A client bean could not be built because no source gave it a region. */
class NoRegionFailureAnalyzer extends AbstractFailureAnalyzer<NoRegionError> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoRegionError cause) {
        BeanCreationException bean = findCause(rootFailure, BeanCreationException.class);
        String which = bean != null && bean.getBeanName() != null ? "bean '" + bean.getBeanName() + "'" : "a client";
        return new FailureAnalysis("No AWS region for " + which + ": " + cause.getMessage()
                + ". The region was looked for in boto4j.clients.<service>.region, boto4j.region, the AWS_REGION"
                + " and AWS_DEFAULT_REGION environment variables, and the active profile of ~/.aws/config.",
                "Set boto4j.region (or boto4j.clients.<service>.region) in application.yml, export AWS_REGION, or"
                        + " add 'region = ...' to the profile in ~/.aws/config.", cause);
    }
}
