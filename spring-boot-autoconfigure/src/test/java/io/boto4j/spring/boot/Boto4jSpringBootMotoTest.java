package io.boto4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.CredentialsProvider;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.http.HttpRequest;
import io.boto4j.spring.autoconfigure.ClientCustomizer;
import io.boto4j.spring.events.SdkEvent;
import io.boto4j.spring.events.SdkEventHandler;
import io.boto4j.spring.testsupport.HermeticAws;
import io.boto4j.testsupport.MotoServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter in a whole Spring Boot application against a real moto server. */
@SpringBootTest(properties = {"boto4j.region=us-east-1", "boto4j.clients.s3.enabled=true",
        "boto4j.clients.sqs.enabled=true", "boto4j.config.s3.addressing-style=path",
        "boto4j.clients.dynamodb.endpoint-url=http://127.0.0.1:1", "boto4j.events.publish=after-call.s3"})
@ContextConfiguration(initializers = Boto4jSpringBootMotoTest.Machine.class)
class Boto4jSpringBootMotoTest {
    private static final MotoServer MOTO = MotoServer.shared();

    @DynamicPropertySource
    static void moto(DynamicPropertyRegistry registry) {
        registry.add("boto4j.endpoint-url", MOTO::endpoint);
    }

    @Autowired
    Client s3Client;

    @Autowired
    @Qualifier("sqs")
    Client sqsClient;

    @Autowired
    Client dynamodbClient;

    @Autowired
    Session session;

    @Autowired
    App app;

    @Test
    @SuppressWarnings("unchecked")
    void injectedClientsDoRealWork() {
        String bucket = "boot-" + System.nanoTime();
        s3Client.call("CreateBucket", Map.of("Bucket", bucket));
        assertThat(names(s3Client.call("ListBuckets", Map.of()).get("Buckets"), "Name")).contains(bucket);

        String queue = (String) sqsClient.call("CreateQueue", Map.of("QueueName", "boot-" + System.nanoTime())).get("QueueUrl");
        sqsClient.call("SendMessage", Map.of("QueueUrl", queue, "MessageBody", "hello"));
        assertThat(names(sqsClient.call("ReceiveMessage", Map.of("QueueUrl", queue)).get("Messages"), "Body"))
                .containsExactly("hello");

        String table = "boot-" + System.nanoTime();
        dynamodbClient.call("CreateTable", Map.of("TableName", table,
                "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
                "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
                "BillingMode", "PAY_PER_REQUEST"));
        assertThat((List<Object>) dynamodbClient.call("ListTables", Map.of()).get("TableNames")).contains(table);
    }

    @Test
    void aClientCustomizerTakesEffect() {
        // the property points dynamodb at a closed port; only the customizer's endpoint reaches moto
        assertThat(dynamodbClient.meta().endpointUrl()).isEqualTo(MOTO.endpoint());
        assertThat(dynamodbClient.call("ListTables", Map.of())).containsKey("TableNames");
    }

    @Test
    void eventListenersReceiveSdkEvents() {
        app.events.clear();
        s3Client.call("ListBuckets", Map.of());
        assertThat(app.events).contains("after-call.s3.ListBuckets");
    }

    @Test
    void anSdkEventHandlerChangesTheRequestTheServerSees() {
        String bucket = "boot-meta-" + System.nanoTime();
        s3Client.call("CreateBucket", Map.of("Bucket", bucket));
        s3Client.call("PutObject", Map.of("Bucket", bucket, "Key", "k", "Body", "x".getBytes(StandardCharsets.UTF_8)));
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) s3Client.call("HeadObject",
                Map.of("Bucket", bucket, "Key", "k")).get("Metadata");
        assertThat(metadata).containsEntry("written-by", "spring-handler");
    }

    @Test
    void theCredentialsProviderBeanSignsTheRequests() {
        assertThat(session.getCredentials().method()).isEqualTo("spring-test-provider");
        app.authorizations.clear();
        sqsClient.call("ListQueues", Map.of());
        assertThat(app.authorizations).anyMatch(a -> a.contains("Credential=AKIDFROMBEAN/"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Object list, String key) {
        List<Object> out = new ArrayList<>();
        for (Object o : (List<Object>) list) {
            out.add(((Map<String, Object>) o).get(key));
        }
        return out;
    }

    /** The test's machine: no real environment variables or ~/.aws reach the session. */
    static class Machine implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            HermeticAws.create().initialize(context);
        }
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> authorizations = new CopyOnWriteArrayList<>();

        @Bean
        ClientCustomizer dynamodbToMoto() {
            return (service, options) -> {
                if (service.equals("dynamodb")) {
                    options.endpointUrl(MOTO.endpoint());
                }
            };
        }

        @Bean
        CredentialsProvider springTestProvider() {
            return new CredentialsProvider() {
                @Override
                public String method() {
                    return "spring-test-provider";
                }

                @Override
                public ResolvedCredentials load() {
                    return Credentials.of("AKIDFROMBEAN", "secret-from-bean", null).withMethod(method());
                }
            };
        }

        @EventListener
        void on(SdkEvent event) {
            events.add(event.getEventName());
        }

        @SdkEventHandler("provide-client-params.s3.PutObject")
        Map<String, Object> tagWrites(Map<String, Object> kwargs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) kwargs.get("params"));
            params.put("Metadata", Map.of("written-by", "spring-handler"));
            return params;
        }

        @SdkEventHandler("before-send.sqs")
        void recordAuthorization(io.boto4j.events.Event event) {
            HttpRequest request = event.request().build();
            authorizations.add(String.valueOf(request.headers().first("Authorization")));
        }
    }
}
