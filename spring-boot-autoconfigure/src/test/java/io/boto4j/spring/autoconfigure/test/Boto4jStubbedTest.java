package io.boto4j.spring.autoconfigure.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import io.boto4j.testing.UnStubbedResponseError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;

/** A user's test with no server: the endpoint is a closed port, every answer comes from the stubbers. */
@SpringBootTest(classes = Boto4jStubbedTest.App.class, properties = {"boto4j.region=eu-west-1",
        "boto4j.endpoint-url=http://127.0.0.1:1", "boto4j.clients.s3.enabled=true", "boto4j.clients.sqs.enabled=true"})
@Boto4jStubbed
class Boto4jStubbedTest {
    @Autowired
    Boto4jStubbers stubbers;

    @Autowired
    @Qualifier("s3")
    Client s3;

    @Autowired
    @Qualifier("sqs")
    Client sqs;

    @Test
    void answersFromTheQueuedResponseOfEachClientsStubber() {
        stubbers.forService("s3").addResponse("ListBuckets", Map.of("Buckets", List.of(Map.of("Name", "stubbed"))));
        stubbers.forBean("sqsClient").addClientError("GetQueueUrl", "QueueDoesNotExist", "no such queue");

        assertThat(s3.call("ListBuckets", Map.of()).get("Buckets")).asString().contains("stubbed");
        assertThatThrownBy(() -> sqs.call("GetQueueUrl", Map.of("QueueName", "q")))
                .isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.getErrorCode()).isEqualTo("QueueDoesNotExist"));
        stubbers.assertNoPendingResponses();
    }

    @Test
    void failsACallWithNothingQueuedInsteadOfReachingTheNetwork() {
        assertThatThrownBy(() -> s3.call("ListBuckets", Map.of())).isInstanceOf(UnStubbedResponseError.class);
    }

    @Test
    void namesTheStubbedServicesWhenAskedForAnother() {
        assertThatThrownBy(() -> stubbers.forService("dynamodb"))
                .hasMessageContaining("[s3, sqs]").hasMessageContaining("boto4j.clients.dynamodb.enabled=true");
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({Boto4jAutoConfiguration.class,
            io.boto4j.spring.autoconfigure.Boto4jEventsAutoConfiguration.class,
            io.boto4j.spring.autoconfigure.Boto4jClientsAutoConfiguration.class})
    static class App {
    }
}
