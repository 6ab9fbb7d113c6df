package io.boto4j.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * boto4j settings from {@code application.yml}. Each one, when set, is the top source inside the SDK's own
 * lookup chains: whatever is not set still comes from environment variables, then {@code ~/.aws/config} and
 * {@code ~/.aws/credentials}, then defaults, so an application with no properties behaves like
 * {@code Session.create()}.
 */
@ConfigurationProperties(prefix = "boto4j")
public class Boto4jProperties {
    /** Region of every client that does not name its own (boto3's region_name); AWS_REGION and the profile otherwise. */
    private String region;

    /** Profile of the shared config and credentials files; beats AWS_PROFILE but keeps every credential provider. */
    private String profile;

    /** Endpoint URL of every client (for example a local test backend); per-client values win. */
    private String endpointUrl;

    /** Static keys; leave unset to use the SDK's credentials chain. */
    private final Credentials credentials = new Credentials();

    /**
     * botocore Config options in kebab-case, nested dictionaries as nested keys (retries.mode,
     * retries.total-max-attempts, s3.addressing-style, connect-timeout, max-pool-connections, proxies.https, ...).
     */
    private final Map<String, Object> config = new LinkedHashMap<>();

    /** Client beans named {@code <service>Client}, keyed by botocore service name (s3, sqs, cloudwatch-logs, ...). */
    private final Map<String, ClientProperties> clients = new LinkedHashMap<>();

    /** ServiceResource beans named {@code <service>Resource}, keyed by service name. */
    private final Map<String, ResourceProperties> resources = new LinkedHashMap<>();

    /** TLS of the HTTP client. */
    private final Ssl ssl = new Ssl();

    /** Bridges between SDK events and Spring application events. */
    private final Events events = new Events();

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

    public Map<String, Object> getConfig() {
        return config;
    }

    public Map<String, ClientProperties> getClients() {
        return clients;
    }

    public Map<String, ResourceProperties> getResources() {
        return resources;
    }

    public Ssl getSsl() {
        return ssl;
    }

    public Events getEvents() {
        return events;
    }

    @Override
    public String toString() {
        return "Boto4jProperties[region=" + region + ", profile=" + profile + ", endpointUrl=" + endpointUrl
                + ", credentials=" + credentials + ", clients=" + clients.keySet() + "]";
    }

    /** Static keys. Never logged; {@link #toString()} does not show them. */
    public static class Credentials {
        /** Access key id (used together with the secret access key). */
        private String accessKeyId;

        /** Secret access key. */
        private String secretAccessKey;

        /** Session token of temporary credentials, sent with the keys when set. */
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

        boolean isSet() {
            return accessKeyId != null || secretAccessKey != null;
        }

        @Override
        public String toString() {
            return "Credentials[" + (isSet() ? "set" : "unset") + "]";
        }
    }

    /** One client bean; what is not set here comes from the global {@code boto4j.*} values. */
    public static class ClientProperties {
        /** Whether to declare the client bean ({@code enabled: true} is enough to declare one). */
        private boolean enabled = true;

        /** Region of this client. */
        private String region;

        /** Endpoint URL of this client. */
        private String endpointUrl;

        /** Profile of this client (a session of its own over the same environment and files). */
        private String profile;

        /** Static keys of this client. */
        private final Credentials credentials = new Credentials();

        /** Config options of this client, merged over {@code boto4j.config} (same keys). */
        private final Map<String, Object> config = new LinkedHashMap<>();

        /** TLS of this client's HTTP connections. */
        private final Ssl ssl = new Ssl();

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

        public String getProfile() {
            return profile;
        }

        public void setProfile(String profile) {
            this.profile = profile;
        }

        public Credentials getCredentials() {
            return credentials;
        }

        public Map<String, Object> getConfig() {
            return config;
        }

        public Ssl getSsl() {
            return ssl;
        }
    }

    /** One ServiceResource bean. */
    public static class ResourceProperties {
        /** Whether to declare the resource bean. */
        private boolean enabled = true;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** TLS settings. */
    public static class Ssl {
        /**
         * Name of a Spring Boot SSL bundle (spring.ssl.bundle.*) whose SSL context the HTTP client uses: its key
         * material is presented as the client certificate, its trust material decides which servers are trusted.
         */
        private String bundle;

        public String getBundle() {
            return bundle;
        }

        public void setBundle(String bundle) {
            this.bundle = bundle;
        }
    }

    /** SDK events seen from Spring. */
    public static class Events {
        /**
         * botocore-style event name patterns (after-call.*, after-call-error.s3, ...) published as SdkEvent
         * application events; empty publishes nothing and costs the call path nothing.
         */
        private List<String> publish = new ArrayList<>();

        public List<String> getPublish() {
            return publish;
        }

        public void setPublish(List<String> publish) {
            this.publish = publish;
        }
    }
}
