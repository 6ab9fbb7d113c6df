package io.boto4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.testsupport.TestClients;
import io.boto4j.exception.EventStreamError;
import io.boto4j.internal.protocol.eventstream.EventStream;
import io.boto4j.internal.protocol.eventstream.Frames;
import io.boto4j.testsupport.FaultServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 SelectObjectContent through the client, against a local endpoint that answers with an event stream. */
class EventStreamIntegrationTest {
    private static final Map<String, String> STREAM = Map.of("Content-Type", "application/vnd.amazon.eventstream");
    private static final Map<String, Object> SELECT = Map.of("Bucket", "b", "Key", "data.csv",
            "Expression", "select * from s3object", "ExpressionType", "SQL",
            "InputSerialization", Map.of("CSV", Map.of()), "OutputSerialization", Map.of("CSV", Map.of()));

    private static Client s3(FaultServer server) {
        Session session = TestClients.session("us-east-1");
        return session.client("s3", ClientOptions.builder().endpointUrl(server.endpoint())
                .config(Config.builder().s3(Map.of("addressing_style", "path")).build()).build());
    }

    @Test
    void selectObjectContentYieldsTypedEventsFromTheStream() throws Exception {
        byte[] body = Frames.concat(
                Frames.frame(Map.of(":message-type", "event", ":event-type", "Records", ":content-type",
                        "application/octet-stream"), "a,1\nb,2\n".getBytes(StandardCharsets.UTF_8)),
                Frames.event("Stats", "text/xml",
                        "<Stats><BytesScanned>10</BytesScanned><BytesProcessed>10</BytesProcessed><BytesReturned>8</BytesReturned></Stats>"),
                Frames.frame(Map.of(":message-type", "event", ":event-type", "End"), new byte[0]));
        try (FaultServer server = new FaultServer(new FaultServer.Respond(200, STREAM, body))) {
            Map<String, Object> out = s3(server).call("SelectObjectContent", SELECT);
            List<String> types = new ArrayList<>();
            StringBuilder records = new StringBuilder();
            try (EventStream events = (EventStream) out.get("Payload")) {
                for (Map<String, Object> event : events) {
                    types.addAll(event.keySet());
                    if (event.get("Records") instanceof Map<?, ?> r) {
                        records.append(new String((byte[]) r.get("Payload"), StandardCharsets.UTF_8));
                    }
                    if (event.get("Stats") instanceof Map<?, ?> st) {
                        assertEquals(8L, ((Number) ((Map<?, ?>) st.get("Details")).get("BytesReturned")).longValue());
                    }
                }
            }
            assertEquals(List.of("Records", "Stats", "End"), types);
            assertEquals("a,1\nb,2\n", records.toString());
            assertTrue(server.requests().get(0).target().contains("select"), server.requests().get(0).target());
        }
    }

    @Test
    void aCorruptedFrameInTheStreamRaisesInsteadOfYieldingBadData() throws Exception {
        byte[] good = Frames.frame(Map.of(":message-type", "event", ":event-type", "Records", ":content-type",
                "application/octet-stream"), "ok".getBytes(StandardCharsets.UTF_8));
        byte[] bad = Frames.frame(Map.of(":message-type", "event", ":event-type", "Records", ":content-type",
                "application/octet-stream"), "tampered".getBytes(StandardCharsets.UTF_8));
        bad[bad.length - 6] ^= 0x55; // a payload byte: the message CRC no longer matches
        try (FaultServer server = new FaultServer(new FaultServer.Respond(200, STREAM, Frames.concat(good, bad)))) {
            Map<String, Object> out = s3(server).call("SelectObjectContent", SELECT);
            try (EventStream events = (EventStream) out.get("Payload")) {
                var it = events.iterator();
                assertTrue(it.hasNext());
                it.next();
                assertThrows(EventStreamError.class, () -> {
                    it.hasNext();
                    it.next();
                });
            }
        }
    }
}
