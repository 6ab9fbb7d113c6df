package io.boto4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.exception.OperationNotFoundError;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownOperationTest {
    private static final ServiceModel SQS = Session.builder().regionName("us-east-1")
            .awsAccessKeyId("AKIDEXAMPLE").awsSecretAccessKey("secret").build()
            .client("sqs", ClientOptions.builder().endpointUrl("http://127.0.0.1:9").build())
            .meta().serviceModel();

    @Test
    void aMisspelledOperationSuggestsTheClosestName() {
        OperationNotFoundError e = assertThrows(OperationNotFoundError.class, () -> SQS.operationModel("SendMesage"));
        assertEquals("SendMessage", e.suggestions().get(0));
        assertEquals("Operation not found: SendMesage (service sqs). Did you mean " + String.join(", ",
                e.suggestions()) + "?", e.getMessage());
    }

    @Test
    void aMisspelledSnakeCaseNameIsMatchedAcrossTheNamingStyles() {
        OperationNotFoundError e = assertThrows(OperationNotFoundError.class,
                () -> SQS.operationModel("recieve_message"));
        assertEquals("ReceiveMessage", e.suggestions().get(0));
    }

    @Test
    void aNameNothingIsCloseToSaysSoWithoutSuggestions() {
        OperationNotFoundError e = assertThrows(OperationNotFoundError.class,
                () -> SQS.operationModel("Xyzzy"));
        assertEquals(List.of(), e.suggestions());
        assertEquals("Operation not found: Xyzzy (service sqs)", e.getMessage());
    }

    @Test
    void theClientCallRaisesTheSameSuggestion() {
        Client sqs = Session.builder().regionName("us-east-1").awsAccessKeyId("AKIDEXAMPLE")
                .awsSecretAccessKey("secret").build()
                .client("sqs", ClientOptions.builder().endpointUrl("http://127.0.0.1:9").build());
        OperationNotFoundError e = assertThrows(OperationNotFoundError.class,
                () -> sqs.call("SendMesage", java.util.Map.of()));
        assertTrue(e.getMessage().contains("Did you mean SendMessage"), e.getMessage());
    }
}
