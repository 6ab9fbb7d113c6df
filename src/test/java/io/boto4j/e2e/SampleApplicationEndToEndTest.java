package io.boto4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.StreamingBody;
import io.boto4j.sample.SampleApplication;
import io.boto4j.testsupport.MotoServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The sample application, started as it ships (starter, application.yml), doing its job against moto. */
class SampleApplicationEndToEndTest {
    private static final MotoServer MOTO = MotoServer.shared();

    @Test
    void theSampleJobStoresAnnouncesAndRecordsItsReportThroughTheStarter() throws Exception {
        MOTO.reset();
        // command-line arguments, as a deployment would pass them, win over the application's own yml
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class)
                .run("--boto4j.endpoint-url=" + MOTO.endpoint(), "--boto4j.credentials.access-key-id=testing",
                        "--boto4j.credentials.secret-access-key=testing")) {
            assertThat(context.getBean("s3Client", Client.class).meta().regionName()).isEqualTo("us-east-1");
        }

        Session session = Session.builder().regionName("us-east-1").awsAccessKeyId("testing")
                .awsSecretAccessKey("testing").environment(Map.of()).build();
        ClientOptions at = ClientOptions.builder().endpointUrl(MOTO.endpoint())
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build();
        Client s3 = session.client("s3", at);
        List<?> buckets = (List<?>) s3.call("ListBuckets", Map.of()).get("Buckets");
        String bucket = (String) ((Map<?, ?>) buckets.get(0)).get("Name");
        assertThat(bucket).startsWith("inventory-");
        try (StreamingBody body = (StreamingBody) s3.call("GetObject",
                Map.of("Bucket", bucket, "Key", "reports/today.csv")).get("Body")) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("widget,42");
        }

        Client ddb = session.client("dynamodb", at);
        String table = ((List<?>) ddb.call("ListTables", Map.of()).get("TableNames")).get(0).toString();
        Map<?, ?> item = (Map<?, ?>) ((List<?>) ddb.call("Scan", Map.of("TableName", table)).get("Items")).get(0);
        assertThat(item.get("lines")).isEqualTo(Map.of("N", "3"));
        assertThat(((Map<?, ?>) item.get("report")).get("S")).isEqualTo("s3://" + bucket + "/reports/today.csv");
    }
}
