package io.boto4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.testsupport.TestClients;
import org.junit.jupiter.api.Test;

class KnownServicesTest {
    private final KnownServices known = TestClients.session("us-east-1").getKnownServices();

    @Test
    void aServiceIsFoundByItsOwnNameAndByItsHyphenatedEventName() {
        assertEquals("logs", known.serviceName("logs"));
        assertEquals("logs", known.serviceName("cloudwatch-logs"));
        assertEquals("sqs", known.serviceName("sqs"));
    }

    @Test
    void anEventNameThatDoesNotContainItsServicesNameIsFoundToo() {
        // botocore's service_id.hyphenize() of each: SFN, Elastic Load Balancing v2, Elasticsearch Service
        assertEquals("stepfunctions", known.serviceName("sfn"));
        assertEquals("elbv2", known.serviceName("elastic-load-balancing-v2"));
        assertEquals("es", known.serviceName("elasticsearch-service"));
    }

    @Test
    void aNameNoModelHasIsNull() {
        assertNull(known.serviceName("cloudwatch-log"));
        assertNull(known.serviceName("not-a-service"));
    }

    @Test
    void theListsAreTheDataPathsServicesAndResources() {
        assertTrue(known.availableServices().size() > 300, "services: " + known.availableServices().size());
        assertTrue(known.availableServices().containsAll(java.util.List.of("s3", "sqs", "logs")));
        assertTrue(known.availableResources().containsAll(java.util.List.of("s3", "sqs", "dynamodb")));
        assertTrue(!known.availableResources().contains("logs"));
    }
}
