package io.boto4j.spring.autoconfigure.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** A local AWS backend (moto) for development without AWS or Docker, under {@code boto4j.local}. */
@ConfigurationProperties(prefix = "boto4j.local")
public class Boto4jLocalProperties {
    /** Whether to start a local backend and point every client at it with dummy credentials. */
    private boolean enabled;

    /**
     * Command that starts the backend. An argument containing {@code {port}} receives the port; otherwise
     * {@code -H 127.0.0.1 -p <port>} is appended, as moto's server takes them.
     */
    private List<String> command = new ArrayList<>(List.of("python3", "-m", "moto.server"));

    /** How long to wait for the backend to answer before start-up fails. */
    private Duration startupTimeout = Duration.ofSeconds(60);

    /** Region the clients use when none is configured. */
    private String region = "us-east-1";

    /** Resources created once the backend answers. */
    private final Init init = new Init();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getCommand() {
        return command;
    }

    public void setCommand(List<String> command) {
        this.command = command;
    }

    public Duration getStartupTimeout() {
        return startupTimeout;
    }

    public void setStartupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Init getInit() {
        return init;
    }

    /** Resources to seed, by name. */
    public static class Init {
        /** S3 buckets. */
        private List<String> buckets = new ArrayList<>();

        /** SQS queues. */
        private List<String> queues = new ArrayList<>();

        /** SNS topics. */
        private List<String> topics = new ArrayList<>();

        /** DynamoDB tables, each with a string partition key {@code id}, billed per request. */
        private List<String> tables = new ArrayList<>();

        public List<String> getBuckets() {
            return buckets;
        }

        public void setBuckets(List<String> buckets) {
            this.buckets = buckets;
        }

        public List<String> getQueues() {
            return queues;
        }

        public void setQueues(List<String> queues) {
            this.queues = queues;
        }

        public List<String> getTopics() {
            return topics;
        }

        public void setTopics(List<String> topics) {
            this.topics = topics;
        }

        public List<String> getTables() {
            return tables;
        }

        public void setTables(List<String> tables) {
            this.tables = tables;
        }

        boolean isEmpty() {
            return buckets.isEmpty() && queues.isEmpty() && topics.isEmpty() && tables.isEmpty();
        }
    }
}
