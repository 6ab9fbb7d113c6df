package io.boto4j.spring.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The health settings of each client, {@code boto4j.clients.<service>.health.*}: bound over the same map as the
 * client beans' own settings, which this class ignores.
 */
@ConfigurationProperties(prefix = "boto4j")
public class Boto4jClientHealthProperties {
    /** Clients by service name; only their {@code health} entries are read here. */
    private final Map<String, Client> clients = new LinkedHashMap<>();

    public Map<String, Client> getClients() {
        return clients;
    }

    /** The health part of one client's settings. */
    public static class Client {
        /** How this client's health is checked. */
        private final Check health = new Check();

        public Check getHealth() {
            return health;
        }
    }

    /** A cheap read call made by the health check. */
    public static class Check {
        /**
         * Operation to call, by the model's name (ListBuckets, GetQueueUrl, GetCallerIdentity); unset: no call,
         * only credentials and region are reported.
         */
        private String operation;

        /** Parameters of the operation, e.g. {@code QueueName} for GetQueueUrl. */
        private Map<String, String> parameters = new LinkedHashMap<>();

        public String getOperation() {
            return operation;
        }

        public void setOperation(String operation) {
            this.operation = operation;
        }

        public Map<String, String> getParameters() {
            return parameters;
        }

        public void setParameters(Map<String, String> parameters) {
            this.parameters = parameters;
        }
    }
}
