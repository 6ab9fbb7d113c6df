package io.boto4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.exception.Boto4jException;
import io.boto4j.http.DefaultHttpClient;
import io.boto4j.testsupport.TestClients;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Defaults that keep users safe, seen from a client a session builds. The other safe defaults issue 18 lists have
 * their tests beside the code: untrusted certificates rejected ({@code DefaultHttpClientTlsAndProxyTest}),
 * container-credential full URIs limited to https, loopback and the EKS/ECS addresses ({@code
 * ContainerProviderTest}), IMDSv2 first and no v1 fallback with {@code ec2_metadata_v1_disabled} ({@code
 * InstanceMetadataProviderTest}), the SSO token cache written owner-only ({@code SsoProviderTest}).
 */
class SafeDefaultsTest {

    @Test
    void aClientFromASessionVerifiesTlsCertificatesUnlessToldNotTo() {
        try (Client verifying = TestClients.session("us-east-1").client("sqs");
             Client notVerifying = TestClients.session("us-east-1").client("sqs",
                     ClientOptions.builder().verify(false).build())) {
            assertTrue(((DefaultHttpClient) verifying.httpClient()).settings().verify());
            assertFalse(((DefaultHttpClient) notVerifying.httpClient()).settings().verify());
        }
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedSoTheSignedRequestNeverReachesIt() throws Exception {
        AtomicInteger otherHostRequests = new AtomicInteger();
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0), 0);
        other.createContext("/", ex -> {
            otherHostRequests.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger serviceRequests = new AtomicInteger();
        service.createContext("/", ex -> {
            serviceRequests.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().add("Location", "http://127.0.0.2:" + other.getAddress().getPort() + "/steal");
            ex.sendResponseHeaders(307, -1);
            ex.close();
        });
        other.start();
        service.start();
        try (Client client = TestClients.client("dynamodb", "us-east-1",
                "http://127.0.0.1:" + service.getAddress().getPort(), null)) {
            Boto4jException e = assertThrows(Boto4jException.class, () -> client.call("ListTables", Map.of()));
            assertNotNull(e.getMessage());
            assertTrue(e.getMessage().contains("307"), e.getMessage());
            assertEquals(0, otherHostRequests.get(), "the redirect was followed to another host");
            assertTrue(serviceRequests.get() >= 1);
        } finally {
            service.stop(0);
            other.stop(0);
        }
    }
}
