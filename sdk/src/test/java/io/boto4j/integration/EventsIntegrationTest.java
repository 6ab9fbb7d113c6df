package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.HttpResponse;
import io.boto4j.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** botocore's event semantics through real clients against moto. */
class EventsIntegrationTest extends MotoTest {

    @Test
    void aHandlerOnBeforeCallS3SeesExactlyTheS3Calls() {
        Session session = session();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        session.events().register("before-call.s3", (event, kwargs) -> {
            seen.add(event);
            return null;
        });
        ClientOptions opts = ClientOptions.builder().endpointUrl(MOTO.endpoint())
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build();
        Client s3 = session.client("s3", opts);
        Client sqs = session.client("sqs", opts);
        String bucket = unique("events");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        sqs.call("ListQueues", Map.of());
        s3.call("ListObjectsV2", Map.of("Bucket", bucket));
        assertEquals(List.of("before-call.s3.CreateBucket", "before-call.s3.ListObjectsV2"), seen);
    }

    @Test
    void handlersRegisteredOnOneClientStayWithThatClient() {
        Session session = session();
        Client first = session.client("sqs", ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
        Client second = session.client("sqs", ClientOptions.builder().endpointUrl(MOTO.endpoint()).build());
        List<String> seen = new ArrayList<>();
        first.meta().events().register("after-call.sqs.ListQueues", (event, kwargs) -> {
            seen.add("first");
            return null;
        });
        first.call("ListQueues", Map.of());
        second.call("ListQueues", Map.of());
        assertEquals(List.of("first"), seen);
    }

    @Test
    void provideClientParamsCanReplaceTheParametersAndBeforeParameterBuildCanChangeThem() {
        Client sqs = client("sqs");
        String name = unique("renamed");
        sqs.meta().events().register("provide-client-params.sqs.CreateQueue",
                (event, kwargs) -> Map.of("QueueName", name));
        sqs.meta().events().register("before-parameter-build.sqs.CreateQueue", (event, kwargs) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) kwargs.get("params");
            params.put("Attributes", Map.of("DelaySeconds", "5"));
            return null;
        });
        String url = (String) sqs.call("CreateQueue", Map.of("QueueName", "ignored")).get("QueueUrl");
        assertTrue(url.endsWith("/" + name), url);
        Map<?, ?> attrs = (Map<?, ?>) sqs.call("GetQueueAttributes", Map.of("QueueUrl", url,
                "AttributeNames", List.of("DelaySeconds"))).get("Attributes");
        assertEquals("5", attrs.get("DelaySeconds"));
    }

    @Test
    void beforeSendCanAnswerInsteadOfTheNetwork() {
        Client sqs = client("sqs");
        sqs.meta().events().register("before-send.sqs.ListQueues", (event, kwargs) -> HttpResponse.of(200,
                HttpHeaders.of(Map.of("x-amzn-RequestId", "local")), "{\"QueueUrls\":[\"u1\"]}".getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> out = sqs.call("ListQueues", Map.of());
        assertEquals(List.of("u1"), out.get("QueueUrls"));
        assertEquals("local", ((Map<?, ?>) out.get("ResponseMetadata")).get("RequestId"));
    }

    @Test
    void afterCallHandlersSeeTheParsedResultAndCanChangeIt() {
        Client sqs = client("sqs");
        sqs.meta().events().register("after-call.sqs", (event, kwargs) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = (Map<String, Object>) kwargs.get("parsed");
            parsed.put("SeenBy", event);
            return null;
        });
        assertEquals("after-call.sqs.ListQueues", sqs.call("ListQueues", Map.of()).get("SeenBy"));
    }
}
