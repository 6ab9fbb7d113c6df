package io.boto4j.internal.protocol.eventstream;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ClientError;
import io.boto4j.exception.EventStreamError;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.Parsers;
import io.boto4j.testsupport.Python;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Event streams in responses, decoded from frames the test builds, through the real bundled models of
 * S3 SelectObjectContent (rest-xml), Bedrock Runtime InvokeModelWithResponseStream (rest-json) and Kinesis
 * SubscribeToShard (json, with its initial-response); botocore decodes the same bytes as the oracle.
 */
class EventStreamTest {
    private static final Loader LOADER = Loader.fromEnvironment();

    private static OperationModel op(String service, String operation) {
        return ModelTrees.fromTree(service, LOADER.loadServiceModel(service, "service-2", null))
                .operationModel(operation);
    }

    private static Map<String, Object> parse(OperationModel op, InputStream body) {
        return Parsers.forModel(op.serviceModel()).parse(op, new HttpResponse(200, HttpHeaders.empty(), body));
    }

    private static List<Map<String, Object>> drain(EventStream stream) {
        List<Map<String, Object>> out = new ArrayList<>();
        try (stream) {
            stream.forEach(out::add);
        }
        return out;
    }

    private static byte[] selectStream() {
        return Frames.concat(
                Frames.event("Records", "application/octet-stream", "a,b\n1,2\n"),
                Frames.event("Stats", "text/xml", "<Stats xmlns=\"\"><BytesScanned>100</BytesScanned>"
                        + "<BytesProcessed>90</BytesProcessed><BytesReturned>8</BytesReturned></Stats>"),
                Frames.event("Cont", "text/xml", ""),
                Frames.event("End", "text/xml", ""));
    }

    @Test
    void decodesS3SelectEventsIntoTypedEventMapsInOrder() {
        Map<String, Object> result = parse(op("s3", "SelectObjectContent"), new ByteArrayInputStream(selectStream()));
        List<Map<String, Object>> events = drain(assertInstanceOf(EventStream.class, result.get("Payload")));
        assertEquals(4, events.size());
        Map<?, ?> records = (Map<?, ?>) events.get(0).get("Records");
        assertArrayEquals("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), (byte[]) records.get("Payload"));
        assertEquals(Map.of("Details", Map.of("BytesScanned", 100L, "BytesProcessed", 90L, "BytesReturned", 8L)),
                events.get(1).get("Stats"));
        assertEquals(Map.of("Cont", Map.of()), events.get(2));
        assertEquals(Map.of("End", Map.of()), events.get(3));
    }

    @Test
    void matchesBotocoreOnTheSameSelectFrames() {
        String oracle = Python.run("""
                import sys, json, base64, botocore.session
                from botocore.parsers import create_parser
                inp = json.load(sys.stdin)
                model = botocore.session.get_session().get_service_model(inp['service'])
                op = model.operation_model(inp['operation'])
                class Raw:
                    def __init__(self, b): self.b = b
                    def stream(self): yield self.b
                    def close(self): pass
                parsed = create_parser(model.metadata['protocol']).parse(
                    {'status_code': 200, 'headers': {}, 'body': Raw(base64.b64decode(inp['body'])),
                     'context': {'operation_name': op.name}}, op.output_shape)
                events = list(parsed[inp['member']])
                print(json.dumps(events, default=lambda b: base64.b64encode(b).decode()))
                """, Json.write(Map.of("service", "s3", "operation", "SelectObjectContent", "member", "Payload",
                "body", Base64.getEncoder().encodeToString(selectStream()))));
        List<Map<String, Object>> ours = drain((EventStream) parse(op("s3", "SelectObjectContent"),
                new ByteArrayInputStream(selectStream())).get("Payload"));
        JsonNode expected = parseJson(oracle);
        assertEquals(expected.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(expected.get(i), parseJson(Json.write(base64Blobs(ours.get(i)))), "event " + i);
        }
    }

    private static JsonNode parseJson(String s) {
        try {
            return Json.parse(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object base64Blobs(Object v) {
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, base64Blobs(x)));
            return out;
        }
        return v;
    }

    @Test
    void raisesOnACorruptedPreludeChecksum() {
        byte[] bytes = selectStream();
        bytes[9] ^= 0x01;
        EventStream stream = (EventStream) parse(op("s3", "SelectObjectContent"), new ByteArrayInputStream(bytes))
                .get("Payload");
        EventStreamError e = assertThrows(EventStreamError.class, () -> stream.iterator().hasNext());
        assertTrue(e.getMessage().contains("prelude checksum"), e.getMessage());
    }

    @Test
    void raisesOnACorruptedMessageChecksumAfterTheGoodEvents() {
        byte[] first = Frames.event("Records", "application/octet-stream", "ok");
        byte[] second = Frames.event("Records", "application/octet-stream", "tampered");
        second[second.length - 6] ^= 0x20;
        EventStream stream = (EventStream) parse(op("s3", "SelectObjectContent"),
                new ByteArrayInputStream(Frames.concat(first, second))).get("Payload");
        Iterator<Map<String, Object>> it = stream.iterator();
        assertTrue(it.hasNext());
        it.next();
        EventStreamError e = assertThrows(EventStreamError.class, it::hasNext);
        assertTrue(e.getMessage().contains("message checksum"), e.getMessage());
    }

    @Test
    void raisesWhenTheStreamEndsInsideAFrame() {
        byte[] whole = Frames.concat(Frames.event("Records", "application/octet-stream", "one"),
                Frames.event("Records", "application/octet-stream", "two"));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 5);
        EventStream stream = (EventStream) parse(op("s3", "SelectObjectContent"),
                new ByteArrayInputStream(truncated)).get("Payload");
        Iterator<Map<String, Object>> it = stream.iterator();
        it.next();
        EventStreamError e = assertThrows(EventStreamError.class, it::hasNext);
        assertTrue(e.getMessage().contains("ended inside a message"), e.getMessage());
    }

    @Test
    void raisesTheModeledExceptionEventMidStreamAsClientErrorWithItsMembers() {
        byte[] chunk = Frames.event("chunk", "application/json",
                "{\"bytes\":\"" + Base64.getEncoder().encodeToString("{\"completion\":\"Hi\"}".getBytes(StandardCharsets.UTF_8)) + "\"}");
        byte[] exception = Frames.frame(Map.of(":message-type", "exception", ":exception-type",
                "modelStreamErrorException", ":content-type", "application/json"),
                "{\"message\":\"model failed\",\"originalStatusCode\":500,\"originalMessage\":\"boom\"}"
                        .getBytes(StandardCharsets.UTF_8));
        EventStream stream = (EventStream) parse(op("bedrock-runtime", "InvokeModelWithResponseStream"),
                new ByteArrayInputStream(Frames.concat(chunk, exception))).get("body");
        Iterator<Map<String, Object>> it = stream.iterator();
        Map<?, ?> first = (Map<?, ?>) it.next().get("chunk");
        assertEquals("{\"completion\":\"Hi\"}", new String((byte[]) first.get("bytes"), StandardCharsets.UTF_8));
        ClientError e = assertThrows(ClientError.class, it::hasNext);
        assertEquals("modelStreamErrorException", e.getErrorCode());
        assertEquals("model failed", e.getErrorMessage());
        assertEquals(500, e.getResponse().get("originalStatusCode"));
        assertEquals("boom", e.getResponse().get("originalMessage"));
    }

    @Test
    void raisesAnErrorEventWithItsCodeAndMessageHeaders() {
        byte[] error = Frames.frame(Map.of(":message-type", "error", ":error-code", "InternalFailure",
                ":error-message", "try again"), new byte[0]);
        EventStream stream = (EventStream) parse(op("s3", "SelectObjectContent"),
                new ByteArrayInputStream(error)).get("Payload");
        ClientError e = assertThrows(ClientError.class, () -> stream.iterator().hasNext());
        assertEquals("InternalFailure", e.getErrorCode());
        assertEquals("try again", e.getErrorMessage());
        assertTrue(e.getMessage().contains("SelectObjectContent"), e.getMessage());
    }

    @Test
    void readsTheInitialResponseOfAJsonRpcStreamThenItsEvents() {
        byte[] initial = Frames.event("initial-response", "application/json", "{}");
        byte[] event = Frames.event("SubscribeToShardEvent", "application/json",
                "{\"Records\":[{\"SequenceNumber\":\"1\",\"ApproximateArrivalTimestamp\":1.7E9,\"Data\":\"aGk=\","
                        + "\"PartitionKey\":\"p\"}],\"ContinuationSequenceNumber\":\"2\",\"MillisBehindLatest\":0}");
        Map<String, Object> result = parse(op("kinesis", "SubscribeToShard"),
                new ByteArrayInputStream(Frames.concat(initial, event)));
        assertEquals(200, ((Map<?, ?>) result.get("ResponseMetadata")).get("HTTPStatusCode"));
        List<Map<String, Object>> events = drain((EventStream) result.get("EventStream"));
        assertEquals(1, events.size());
        Map<?, ?> e = (Map<?, ?>) events.get(0).get("SubscribeToShardEvent");
        Map<?, ?> record = (Map<?, ?>) ((List<?>) e.get("Records")).get(0);
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), record.get("ApproximateArrivalTimestamp"));
        assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8), (byte[]) record.get("Data"));
        assertEquals(0L, e.get("MillisBehindLatest"));
    }

    @Test
    void readsLambdaResponseStreamChunksWithTheStatusAndHeaderMembers() {
        byte[] bytes = Frames.concat(Frames.event("PayloadChunk", "application/octet-stream", "{\"part\":"),
                Frames.event("PayloadChunk", "application/octet-stream", "1}"),
                Frames.event("InvokeComplete", "application/json", "{\"LogResult\":\"bG9n\"}"));
        OperationModel op = op("lambda", "InvokeWithResponseStream");
        Map<String, Object> result = Parsers.forModel(op.serviceModel()).parse(op, new HttpResponse(200,
                HttpHeaders.of(Map.of("X-Amz-Executed-Version", "$LATEST",
                        "Content-Type", "application/vnd.amazon.eventstream")), new ByteArrayInputStream(bytes)));
        assertEquals(200, result.get("StatusCode"));
        assertEquals("$LATEST", result.get("ExecutedVersion"));
        List<Map<String, Object>> events = drain((EventStream) result.get("EventStream"));
        StringBuilder payload = new StringBuilder();
        events.stream().filter(e -> e.containsKey("PayloadChunk")).forEach(e -> payload.append(
                new String((byte[]) ((Map<?, ?>) e.get("PayloadChunk")).get("Payload"), StandardCharsets.UTF_8)));
        assertEquals("{\"part\":1}", payload.toString());
        assertEquals(Map.of("InvokeComplete", Map.of("LogResult", "bG9n")), events.get(2));
    }

    @Test
    void readsBedrockConverseStreamDeltasAsNestedStructures() {
        byte[] bytes = Frames.concat(
                Frames.event("messageStart", "application/json", "{\"role\":\"assistant\"}"),
                Frames.event("contentBlockDelta", "application/json", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Hel\"}}"),
                Frames.event("contentBlockDelta", "application/json", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"lo\"}}"),
                Frames.event("messageStop", "application/json", "{\"stopReason\":\"end_turn\"}"),
                Frames.event("metadata", "application/json",
                        "{\"usage\":{\"inputTokens\":3,\"outputTokens\":2,\"totalTokens\":5},\"metrics\":{\"latencyMs\":120}}"));
        List<Map<String, Object>> events = drain((EventStream) parse(op("bedrock-runtime", "ConverseStream"),
                new ByteArrayInputStream(bytes)).get("stream"));
        assertEquals(Map.of("messageStart", Map.of("role", "assistant")), events.get(0));
        assertEquals(Map.of("contentBlockDelta", Map.of("contentBlockIndex", 0, "delta", Map.of("text", "lo"))),
                events.get(2));
        assertEquals(Map.of("messageStop", Map.of("stopReason", "end_turn")), events.get(3));
        Map<?, ?> usage = (Map<?, ?>) ((Map<?, ?>) events.get(4).get("metadata")).get("usage");
        assertEquals(5, usage.get("totalTokens"));
    }

    @Test
    void rejectsAJsonRpcStreamWithoutAnInitialResponse() {
        byte[] event = Frames.event("SubscribeToShardEvent", "application/json", "{}");
        ResponseParserError e = assertThrows(ResponseParserError.class,
                () -> parse(op("kinesis", "SubscribeToShard"), new ByteArrayInputStream(event)));
        assertTrue(e.getMessage().contains("initial-response"), e.getMessage());
    }

    @Test
    void skipsEventTypesTheModelDoesNotKnow() {
        byte[] bytes = Frames.concat(Frames.event("FutureEvent", "application/json", "{}"),
                Frames.event("End", "text/xml", ""));
        List<Map<String, Object>> events = drain((EventStream) parse(op("s3", "SelectObjectContent"),
                new ByteArrayInputStream(bytes)).get("Payload"));
        assertEquals(List.of(Map.of("End", Map.of())), events);
    }

    @Test
    void decodesEveryHeaderValueTypeIntoEventHeaderMembers() throws IOException {
        JsonNode tree = Json.parse(("{\"metadata\":{\"protocol\":\"rest-json\"},\"operations\":{\"Op\":{\"name\":\"Op\","
                + "\"http\":{\"method\":\"GET\",\"requestUri\":\"/\"},\"output\":{\"shape\":\"Out\"}}},"
                + "\"shapes\":{\"Out\":{\"type\":\"structure\",\"payload\":\"Stream\",\"members\":{\"Stream\":{\"shape\":\"S\"}}},"
                + "\"S\":{\"type\":\"structure\",\"eventstream\":true,\"members\":{\"E\":{\"shape\":\"E\"}}},"
                + "\"E\":{\"type\":\"structure\",\"event\":true,\"members\":{"
                + "\"B\":{\"shape\":\"Bool\",\"eventheader\":true},\"I\":{\"shape\":\"Int\",\"eventheader\":true},"
                + "\"L\":{\"shape\":\"Long\",\"eventheader\":true},\"S\":{\"shape\":\"Str\",\"eventheader\":true},"
                + "\"Bl\":{\"shape\":\"Blob\",\"eventheader\":true},\"T\":{\"shape\":\"Ts\",\"eventheader\":true},"
                + "\"Body\":{\"shape\":\"Str\",\"eventpayload\":true}}},"
                + "\"Bool\":{\"type\":\"boolean\"},\"Int\":{\"type\":\"integer\"},\"Long\":{\"type\":\"long\"},"
                + "\"Str\":{\"type\":\"string\"},\"Blob\":{\"type\":\"blob\"},\"Ts\":{\"type\":\"timestamp\"}}}")
                .getBytes(StandardCharsets.UTF_8));
        OperationModel op = ModelTrees.fromTree("headers", tree).operationModel("Op");
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(":message-type", "event");
        headers.put(":event-type", "E");
        headers.put("B", false);
        headers.put("I", 42);
        headers.put("L", 1L << 40);
        headers.put("S", "text");
        headers.put("Bl", new byte[] {1, 2, 3});
        headers.put("T", Instant.ofEpochMilli(1_700_000_000_123L));
        byte[] frame = Frames.frame(headers, "payload".getBytes(StandardCharsets.UTF_8));
        Map<?, ?> e = (Map<?, ?>) drain((EventStream) parse(op, new ByteArrayInputStream(frame)).get("Stream"))
                .get(0).get("E");
        assertEquals(false, e.get("B"));
        assertEquals(42, e.get("I"));
        assertEquals(1L << 40, e.get("L"));
        assertEquals("text", e.get("S"));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) e.get("Bl"));
        assertEquals(Instant.ofEpochMilli(1_700_000_000_123L), e.get("T"));
        assertEquals("payload", e.get("Body"));
    }

    @Test
    void closingTheStreamClosesTheResponseBodyAndEndsIteration() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream body = new ByteArrayInputStream(selectStream()) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        EventStream stream = (EventStream) parse(op("s3", "SelectObjectContent"), body).get("Payload");
        Iterator<Map<String, Object>> it = stream.iterator();
        it.next();
        stream.close();
        assertTrue(closed.get());
        assertFalse(it.hasNext());
        assertThrows(IllegalStateException.class, stream::iterator);
    }
}
