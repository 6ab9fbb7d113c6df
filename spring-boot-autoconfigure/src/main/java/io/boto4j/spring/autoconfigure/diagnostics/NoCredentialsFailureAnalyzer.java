package io.boto4j.spring.autoconfigure.diagnostics;

import io.boto4j.credentials.CredentialResolver;
import io.boto4j.credentials.CredentialsProvider;
import io.boto4j.exception.NoCredentialsError;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A call at start-up found no credentials: lists the chain the context uses, in order, and what each looks at. */
class NoCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<NoCredentialsError> {
    // what each of the SDK's providers reads; a provider that finds nothing of it gives nothing
    private static final Map<String, String> LOOKS_AT = Map.ofEntries(
            Map.entry("env", "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set"),
            Map.entry("assume-role", "the profile has no role_arn"),
            Map.entry("assume-role-with-web-identity",
                    "no web_identity_token_file in the profile and AWS_WEB_IDENTITY_TOKEN_FILE is not set"),
            Map.entry("sso", "the profile has no sso_session / sso_start_url"),
            Map.entry("shared-credentials-file", "no aws_access_key_id for the profile in ~/.aws/credentials"),
            Map.entry("login", "the profile has no login_session"),
            Map.entry("custom-process", "the profile has no credential_process"),
            Map.entry("config-file", "no aws_access_key_id for the profile in ~/.aws/config"),
            Map.entry("ec2-credentials-file", "no /etc/ec2_credentials file (or none with keys)"),
            Map.entry("boto-config", "no Credentials section in a boto2 config file (BOTO_CONFIG, ~/.boto)"),
            Map.entry("container-role",
                    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI are not set"),
            Map.entry("iam-role", "the instance metadata service gave no role (disabled, or not on EC2)"));

    private final BeanFactory beanFactory;

    NoCredentialsFailureAnalyzer(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoCredentialsError cause) {
        StringBuilder description = new StringBuilder("No AWS credentials: ").append(cause.getMessage())
                .append(". Providers tried, in order:\n");
        List<CredentialsProvider> chain = chain();
        if (chain.isEmpty()) {
            description.append("    (the credentials chain is not available)\n");
        }
        for (int i = 0; i < chain.size(); i++) {
            String method = chain.get(i).method();
            description.append(String.format("    %2d. %-30s %s%n", i + 1, method,
                    LOOKS_AT.getOrDefault(method, "an application provider; it returned nothing")));
        }
        return new FailureAnalysis(description.toString().stripTrailing(),
                "Set boto4j.credentials.access-key-id and boto4j.credentials.secret-access-key, export"
                        + " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, select a profile with keys (boto4j.profile),"
                        + " or declare a CredentialsProvider bean.", cause);
    }

    private List<CredentialsProvider> chain() {
        try {
            CredentialResolver resolver = beanFactory.getBeanProvider(CredentialResolver.class).getIfAvailable();
            return resolver != null ? resolver.providers() : List.of();
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }
}
