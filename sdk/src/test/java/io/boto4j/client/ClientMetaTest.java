package io.boto4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.testsupport.TestClients;
import org.junit.jupiter.api.Test;

class ClientMetaTest {

    @Test
    void reportsTheRegionItsPartitionAndTheEndpointTheRuleSetGives() {
        Client sqs = TestClients.session("us-west-2").client("sqs");
        assertEquals("us-west-2", sqs.meta().regionName());
        assertEquals("aws", sqs.meta().partition());
        assertEquals("https://sqs.us-west-2.amazonaws.com", sqs.meta().endpointUrl());

        Client china = TestClients.session("cn-north-1").client("sqs");
        assertEquals("aws-cn", china.meta().partition());
        assertEquals("https://sqs.cn-north-1.amazonaws.com.cn", china.meta().endpointUrl());
    }

    @Test
    void aGlobalServiceWithoutARegionSignsForItsHomeRegion() {
        Client iam = io.boto4j.Session.builder().awsAccessKeyId("testing").awsSecretAccessKey("testing")
                .environment(java.util.Map.of()).build().client("iam");
        assertEquals("us-east-1", iam.meta().regionName());
    }
}
