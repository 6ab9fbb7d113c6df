package io.boto4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.testsupport.TestClients;
import io.boto4j.exception.ClientError;
import io.boto4j.exception.ParamValidationError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StubberTest {
    // an endpoint nothing listens on: a call that escaped the stubber would fail to connect
    private static final String NOWHERE = "http://127.0.0.1:9";

    private static Client s3() {
        Session session = TestClients.session("us-east-1");
        return session.client("s3", ClientOptions.builder().endpointUrl(NOWHERE).build());
    }

    @Test
    void answersQueuedResponsesInOrderWithoutTheNetwork() {
        Client s3 = s3();
        try (Stubber stubber = new Stubber(s3)) {
            stubber.addResponse("ListBuckets", Map.of("Buckets", List.of(Map.of("Name", "a"))), Map.of());
            stubber.addResponse("HeadBucket", Map.of(), Map.of("Bucket", "a"));
            stubber.activate();
            Map<String, Object> out = s3.call("list_buckets", Map.of());
            assertEquals(List.of(Map.of("Name", "a")), out.get("Buckets"));
            assertEquals(200, ((Map<?, ?>) out.get("ResponseMetadata")).get("HTTPStatusCode"));
            s3.call("HeadBucket", Map.of("Bucket", "a"));
            stubber.assertNoPendingResponses();
        }
    }

    @Test
    void raisesTheQueuedClientErrorAsTheServiceWould() {
        Client s3 = s3();
        try (Stubber stubber = new Stubber(s3)) {
            stubber.addClientError("GetObject", "NoSuchKey", "gone", 404, null, null, null, null);
            stubber.activate();
            ClientError e = assertThrows(ClientError.class, () -> s3.call("GetObject", Map.of("Bucket", "b", "Key", "k")));
            assertTrue(e.is("NoSuchKey"));
            assertEquals(404, e.getHttpStatusCode());
            assertEquals("gone", e.getErrorMessage());
        }
    }

    @Test
    void failsWhenTheParametersDifferFromTheExpectedOnes() {
        Client s3 = s3();
        try (Stubber stubber = new Stubber(s3)) {
            stubber.addResponse("HeadBucket", Map.of(), Map.of("Bucket", "expected"));
            stubber.activate();
            StubAssertionError e = assertThrows(StubAssertionError.class,
                    () -> s3.call("HeadBucket", Map.of("Bucket", "other")));
            assertTrue(e.getMessage().contains("expected"), e.getMessage());
        }
    }

    @Test
    void anyMatchesEveryValue() {
        Client s3 = s3();
        try (Stubber stubber = new Stubber(s3)) {
            stubber.addResponse("GetBucketTagging", Map.of("TagSet", List.of()), Map.of("Bucket", Stubber.ANY));
            stubber.activate();
            s3.call("GetBucketTagging", Map.of("Bucket", "whatever"));
        }
    }

    @Test
    void rejectsAResponseThatDoesNotFitTheOutputShape() {
        Stubber stubber = new Stubber(s3());
        ParamValidationError e = assertThrows(ParamValidationError.class,
                () -> stubber.addResponse("ListBuckets", Map.of("Buckets", "not a list")));
        assertTrue(e.getMessage().contains("Buckets"), e.getMessage());
    }

    @Test
    void reportsACallWithNoQueuedResponseAndLeftoverResponses() {
        Client s3 = s3();
        try (Stubber stubber = new Stubber(s3)) {
            stubber.activate();
            assertThrows(UnStubbedResponseError.class, () -> s3.call("ListBuckets", Map.of()));
            stubber.addResponse("ListBuckets", Map.of());
            assertThrows(StubAssertionError.class, stubber::assertNoPendingResponses);
        }
    }

    @Test
    void rejectsAResponseQueuedForAnotherOperation() {
        Client s3 = s3();
        try (Stubber stubber = new Stubber(s3)) {
            stubber.addResponse("ListBuckets", Map.of());
            stubber.activate();
            assertThrows(StubResponseError.class, () -> s3.call("HeadBucket", Map.of("Bucket", "a")));
        }
    }
}
