package io.boto4j.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.client.Client;
import io.boto4j.spring.autoconfigure.local.LocalBackend;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The health contributor of a whole application against a moto of its own, which the test stops halfway. */
@SpringBootTest(classes = Boto4jHealthSpringBootTest.App.class, properties = {
        "boto4j.region=eu-west-1", "boto4j.credentials.access-key-id=testing",
        "boto4j.credentials.secret-access-key=very-secret-health-key",
        "boto4j.clients.s3.health.operation=ListBuckets",
        "boto4j.clients.sqs.health.operation=GetQueueUrl",
        "boto4j.clients.sqs.health.parameters.QueueName=no-such-queue",
        "boto4j.clients.s3.enabled=true", "boto4j.clients.sqs.enabled=true", "boto4j.clients.dynamodb.enabled=true",
        "boto4j.health.cache-ttl=1s", "boto4j.health.timeout=1s",
        "management.endpoint.health.show-details=always",
        "management.endpoints.web.exposure.include=health,info"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Boto4jHealthSpringBootTest {
    private static final LocalBackend MOTO = LocalBackend.start(List.of("python3", "-m", "moto.server"),
            Duration.ofSeconds(60));

    @Autowired
    HealthEndpoint health;

    @Autowired
    InfoEndpoint info;

    @Autowired
    @Qualifier("s3")
    Client s3;

    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
        registry.add("boto4j.endpoint-url", MOTO::endpoint);
    }

    @AfterAll
    static void stopMoto() {
        MOTO.stop();
    }

    @Test
    @Order(1)
    void reportsEachClientUpWithItsCredentialMethodAndRegion() throws InterruptedException {
        IndicatedHealthDescriptor s3Health = settled("s3");
        assertThat(s3Health.getStatus()).isEqualTo(Status.UP);
        assertThat(s3Health.getDetails()).containsEntry("service", "s3").containsEntry("region", "eu-west-1")
                .containsEntry("credentials", "explicit").containsEntry("operation", "ListBuckets");
        IndicatedHealthDescriptor dynamodb = settled("dynamodb");
        assertThat(dynamodb.getStatus()).isEqualTo(Status.UP);
        assertThat(dynamodb.getDetails()).doesNotContainKey("operation");
    }

    @Test
    @Order(2)
    void reportsDownWithTheServicesErrorCodeWhenTheCheckCallFails() throws InterruptedException {
        IndicatedHealthDescriptor sqs = settled("sqs");
        assertThat(sqs.getStatus()).isEqualTo(Status.DOWN);
        assertThat(sqs.getDetails()).containsEntry("error.code", "AWS.SimpleQueueService.NonExistentQueue")
                .containsEntry("status", 400);
    }

    @Test
    @Order(3)
    void makesNoCallPerScrapeWithinTheCacheTtl() throws InterruptedException {
        Thread.sleep(1100);
        AtomicInteger calls = new AtomicInteger();
        s3.meta().events().register("before-call.s3.ListBuckets", (name, kwargs) -> {
            calls.incrementAndGet();
            return null;
        });
        for (int i = 0; i < 10; i++) {
            assertThat(component("s3").getStatus()).isEqualTo(Status.UP);
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    @Order(4)
    void goesDownWithinTheTimeoutOnceTheBackendIsGoneAndAnswersInBoundedTime() throws InterruptedException {
        MOTO.stop();
        Thread.sleep(1100);
        long started = System.nanoTime();
        IndicatedHealthDescriptor s3Health = component("s3");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(s3Health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(s3Health.getDetails()).containsKey("error");
        assertThat(tookMillis).as("health request duration").isLessThan(1800);
    }

    @Test
    @Order(5)
    void theInfoContributorNamesVersionsClientsAndTheCredentialMethodButNoSecret() {
        Map<String, Object> all = info.info();
        assertThat(all).containsKey("boto4j");
        @SuppressWarnings("unchecked")
        Map<String, Object> boto4j = (Map<String, Object>) all.get("boto4j");
        assertThat(boto4j).containsEntry("region", "eu-west-1").containsEntry("credentials", "explicit")
                .containsKeys("sdk-version", "botocore-version", "boto3-version");
        assertThat(((Map<?, ?>) boto4j.get("clients")).keySet()).extracting(Object::toString).containsExactlyInAnyOrder("s3", "sqs", "dynamodb");
        assertThat(all.toString()).doesNotContain("very-secret-health-key").doesNotContain("testing,");
    }

    /** The first check of a cold client may outlive the timeout; its late result replaces the timeout's. */
    private IndicatedHealthDescriptor settled(String service) throws InterruptedException {
        IndicatedHealthDescriptor d = component(service);
        for (int i = 0; i < 50 && String.valueOf(d.getDetails().get("error")).startsWith("no answer"); i++) {
            Thread.sleep(200);
            d = component(service);
        }
        return d;
    }

    private IndicatedHealthDescriptor component(String service) {
        return (IndicatedHealthDescriptor) health.healthForPath("boto4j", service);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
