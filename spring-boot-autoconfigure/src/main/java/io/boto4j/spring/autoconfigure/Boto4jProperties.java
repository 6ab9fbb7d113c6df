package io.boto4j.spring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * boto4j settings from {@code application.yml}. They are the top source of the SDK's own lookup chains:
 * whatever is not set here still comes from environment variables and {@code ~/.aws/config} /
 * {@code ~/.aws/credentials}, so an application with no properties behaves like {@code boto3.Session()}.
 */
@ConfigurationProperties(prefix = "boto4j")
public class Boto4jProperties {
    /** Region for every client that does not name its own (boto3's region_name). */
    private String region;

    /** Profile of the shared config and credentials files (AWS_PROFILE otherwise). */
    private String profile;

    /** Endpoint URL for every client (for example a local test backend); per-client values win. */
    private String endpointUrl;

    /** Static credentials; leave unset to use the SDK's default credentials chain. */
    private final Credentials credentials = new Credentials();

    /** Client configuration applied to every client. */
    private final ClientConfig config = new ClientConfig();

    /** Clients to expose as beans named {@code <service>Client}, keyed by service name (s3, sqs, dynamodb, ...). */
    private final Map<String, ClientProperties> clients = new LinkedHashMap<>();

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public ClientConfig getConfig() {
        return config;
    }

    public Map<String, ClientProperties> getClients() {
        return clients;
    }

    /** Static keys. Never logged; {@link #toString()} does not show them. */
    public static class Credentials {
        /** Access key id. */
        private String accessKeyId;

        /** Secret access key. */
        private String secretAccessKey;

        /** Session token of temporary credentials. */
        private String sessionToken;

        public String getAccessKeyId() {
            return accessKeyId;
        }

        public void setAccessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
        }

        public String getSecretAccessKey() {
            return secretAccessKey;
        }

        public void setSecretAccessKey(String secretAccessKey) {
            this.secretAccessKey = secretAccessKey;
        }

        public String getSessionToken() {
            return sessionToken;
        }

        public void setSessionToken(String sessionToken) {
            this.sessionToken = sessionToken;
        }

        @Override
        public String toString() {
            return "Credentials[accessKeyId=" + (accessKeyId == null ? "unset" : "set") + "]";
        }
    }

    /** The options of boto3's Config that applications set most. */
    public static class ClientConfig {
        /** Retry mode: legacy, standard or adaptive. */
        private String retryMode;

        /** Total attempts of a call, the first included. */
        private Integer maxAttempts;

        /** Time allowed to open a connection. */
        private Duration connectTimeout;

        /** Time allowed between bytes of a response. */
        private Duration readTimeout;

        /** Signature version, e.g. v4 or s3v4. */
        private String signatureVersion;

        /** S3 addressing style: auto, virtual or path. */
        private String s3AddressingStyle;

        public String getRetryMode() {
            return retryMode;
        }

        public void setRetryMode(String retryMode) {
            this.retryMode = retryMode;
        }

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getReadTimeout() {
            return readTimeout;
        }

        public void setReadTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
        }

        public String getSignatureVersion() {
            return signatureVersion;
        }

        public void setSignatureVersion(String signatureVersion) {
            this.signatureVersion = signatureVersion;
        }

        public String getS3AddressingStyle() {
            return s3AddressingStyle;
        }

        public void setS3AddressingStyle(String s3AddressingStyle) {
            this.s3AddressingStyle = s3AddressingStyle;
        }
    }

    /** One client bean. */
    public static class ClientProperties {
        /** Whether to expose the client as a bean ({@code enabled: true} is enough to declare one). */
        private boolean enabled = true;

        /** Region of this client; the global region otherwise. */
        private String region;

        /** Endpoint URL of this client; the global endpoint URL otherwise. */
        private String endpointUrl;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public String getEndpointUrl() {
            return endpointUrl;
        }

        public void setEndpointUrl(String endpointUrl) {
            this.endpointUrl = endpointUrl;
        }
    }
}
