package io.boto4j.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.exception.ClientError;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.testing.Stubber;
import io.boto4j.testsupport.TestClients;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Every call ends in exactly one of after-call (a response, an error response included) or after-call-error. */
class CallEndEventsTest {
    private final List<String> ends = new CopyOnWriteArrayList<>();

    private Client s3(boolean listenToAfterCall) {
        Client s3 = TestClients.session("us-east-1").client("s3",
                ClientOptions.builder().endpointUrl("http://127.0.0.1:9").build());
        if (listenToAfterCall) {
            s3.meta().events().register("after-call", (name, kwargs) -> ends.add("after-call"));
        }
        s3.meta().events().register("after-call-error", (name, kwargs) -> ends.add("after-call-error "
                + kwargs.get("exception").getClass().getSimpleName()));
        return s3;
    }

    @Test
    void anErrorResponseIsNotReportedAsAnAfterCallErrorEvenWithNoAfterCallListener() {
        for (boolean listening : new boolean[] {true, false}) {
            ends.clear();
            Client s3 = s3(listening);
            try (Stubber stubber = new Stubber(s3)) {
                stubber.addClientError("GetObject", "NoSuchKey", "gone", 404, null, null, null, null);
                stubber.activate();
                assertThrows(ClientError.class, () -> s3.call("GetObject", Map.of("Bucket", "b", "Key", "k")));
            }
            assertEquals(listening ? List.of("after-call") : List.of(), ends, "after-call listened: " + listening);
        }
    }

    @Test
    void aCallRefusedBeforeSendingEndsInOneAfterCallError() {
        Client s3 = s3(true);
        assertThrows(ParamValidationError.class, () -> s3.call("GetObject", Map.of("Bucket", "b")));
        assertEquals(List.of("after-call-error ParamValidationError"), ends);
    }

    @Test
    void aCallWithNoResponseEndsInOneAfterCallError() {
        Client s3 = s3(true);
        assertThrows(RuntimeException.class, () -> s3.call("ListBuckets", Map.of()));
        assertEquals(1, ends.size(), ends.toString());
        assertEquals(true, ends.get(0).startsWith("after-call-error"), ends.toString());
    }
}
