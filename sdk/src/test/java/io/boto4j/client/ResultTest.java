package io.boto4j.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.ResultTypeError;
import io.boto4j.http.StreamingBody;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Typed reads and conversions of results, on maps shaped as the parsers produce them. */
class ResultTest {
    private static final Instant WHEN = Instant.parse("2026-12-03T10:15:30Z");

    enum StorageClass { STANDARD, STANDARD_IA, GLACIER_IR }

    enum Region { US_EAST_1, AP_SOUTH_1 }

    record Owner(String displayName, String id) {
    }

    record S3Object(String key, long size, Instant lastModified, String eTag, StorageClass storageClass, Owner owner,
                    List<String> checksumAlgorithm) {
    }

    record Listing(String name, Integer keyCount, boolean isTruncated, List<S3Object> contents) {
    }

    record Message(String messageId, String md5OfBody, String body, Map<String, String> attributes) {
    }

    record Widening(long fromInt, double fromLong, Integer fromLongInRange, BigDecimal fromDouble, float fromDouble2,
                    OffsetDateTime when, Set<String> tags, String[] names, byte[] blob, Region region) {
    }

    record Folder(String name, List<Folder> children) {
    }

    record Numbers(int count) {
    }

    public static final class MessageBean {
        private String messageId;
        private String body;
        private int size;

        public String getMessageId() {
            return messageId;
        }

        public void setMessageId(String messageId) {
            this.messageId = messageId;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }

        public int getSize() {
            return size;
        }

        public void setSize(int size) {
            this.size = size;
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Result listing() {
        return Result.of(map(
                "Name", "bucket", "KeyCount", 2, "IsTruncated", false,
                "Contents", List.of(
                        map("Key", "a.txt", "Size", 3, "LastModified", WHEN, "ETag", "\"e1\"", "StorageClass", "STANDARD",
                                "Owner", map("DisplayName", "me", "ID", "id-1"), "ChecksumAlgorithm", List.of("CRC32")),
                        map("Key", "b.txt", "Size", 5_000_000_000L, "LastModified", WHEN.plusSeconds(60),
                                "StorageClass", "STANDARD_IA")),
                "ResponseMetadata", map("RequestId", "req-1", "HostId", "host-1", "HTTPStatusCode", 200,
                        "HTTPHeaders", map("x-amz-request-id", "req-1"), "RetryAttempts", 1)));
    }

    @Test
    void readsEachScalarTypeWithoutACast() {
        byte[] blob = {1, 2, 3};
        Result r = Result.of(map("S", "text", "I", 7, "L", 8_000_000_000L, "D", 1.5, "B", true, "T", WHEN, "Blob", blob));
        assertEquals("text", r.getString("S"));
        assertEquals(7, r.getInteger("I"));
        assertEquals(8_000_000_000L, r.getLong("L"));
        assertEquals(7L, r.getLong("I"), "an Integer widens to Long");
        assertEquals(7.0, r.getDouble("I"), "an Integer widens to Double");
        assertEquals(1.5, r.getDouble("D"));
        assertEquals(true, r.getBoolean("B"));
        assertEquals(WHEN, r.getInstant("T"));
        assertArrayEquals(blob, r.getBytes("Blob"));
    }

    @Test
    void readsAMissingKeyAsNullWithEveryGetter() {
        Result r = Result.of(map());
        assertNull(r.getString("X"));
        assertNull(r.getInteger("X"));
        assertNull(r.getLong("X"));
        assertNull(r.getDouble("X"));
        assertNull(r.getBoolean("X"));
        assertNull(r.getInstant("X"));
        assertNull(r.getBytes("X"));
        assertNull(r.getBody("X"));
        assertNull(r.getBody());
        assertNull(r.getResult("X"));
        assertNull(r.getResults("X"));
        assertNull(r.getStrings("X"));
        assertNull(r.getList("X", Message.class));
        assertNull(r.responseMetadata());
        assertNull(r.search("X.Y"));
    }

    @Test
    void namesTheKeyTheExpectedAndTheActualTypeWhenAValueIsOfAnotherType() {
        Result r = Result.of(map("Count", 3, "Name", "n", "Items", List.of(map("A", 1)), "Big", 8_000_000_000L,
                "Ratio", 0.5, "SecretString", "hunter2"));
        ResultTypeError e = assertThrows(ResultTypeError.class, () -> r.getString("Count"));
        assertEquals("Cannot read 'Count' as String: it is an Integer", e.getMessage());
        assertEquals("Count", e.getPath());
        assertEquals("Cannot read 'Name' as Instant: it is a String",
                assertThrows(ResultTypeError.class, () -> r.getInstant("Name")).getMessage());
        assertEquals("Cannot read 'Items' as Result: it is a list",
                assertThrows(ResultTypeError.class, () -> r.getResult("Items")).getMessage());
        assertEquals("Cannot read 'Name' as List<String>: it is a String",
                assertThrows(ResultTypeError.class, () -> r.getStrings("Name")).getMessage());
        assertEquals("Cannot read 'Items[0]' as String: it is a map",
                assertThrows(ResultTypeError.class, () -> r.getStrings("Items")).getMessage());
        assertEquals("Cannot read 'Big' as Integer (the value is out of range): it is a Long",
                assertThrows(ResultTypeError.class, () -> r.getInteger("Big")).getMessage());
        assertEquals("Cannot read 'Ratio' as Long: it is a Double",
                assertThrows(ResultTypeError.class, () -> r.getLong("Ratio")).getMessage());
        String secret = assertThrows(ResultTypeError.class, () -> r.getInteger("SecretString")).getMessage();
        assertFalse(secret.contains("hunter2"), "a value never appears in the error: " + secret);
    }

    @Test
    void convertsAResultToANestedRecordMatchingPascalCaseMembersToCamelCaseComponents() {
        Listing l = listing().as(Listing.class);
        assertEquals("bucket", l.name());
        assertEquals(2, l.keyCount());
        assertFalse(l.isTruncated());
        assertEquals(2, l.contents().size());
        S3Object first = l.contents().get(0);
        assertEquals(new S3Object("a.txt", 3, WHEN, "\"e1\"", StorageClass.STANDARD, new Owner("me", "id-1"),
                List.of("CRC32")), first);
        S3Object second = l.contents().get(1);
        assertEquals(5_000_000_000L, second.size());
        assertEquals(StorageClass.STANDARD_IA, second.storageClass());
        assertNull(second.owner(), "a missing structure is null");
        assertNull(second.eTag());
    }

    @Test
    void matchesAcronymMemberNamesCaseAside() {
        Message m = Result.of(map("MessageId", "m1", "MD5OfBody", "abc", "Body", "hi",
                "Attributes", map("SentTimestamp", "1700000000000"))).as(Message.class);
        assertEquals(new Message("m1", "abc", "hi", Map.of("SentTimestamp", "1700000000000")), m);
    }

    @Test
    void widensNumbersAndConvertsTimestampsSetsArraysBlobsAndEnumSpellings() {
        byte[] blob = {9};
        Widening w = Result.of(map("FromInt", 1, "FromLong", 2L, "FromLongInRange", 3L, "FromDouble", 0.25,
                "FromDouble2", 0.5, "When", WHEN, "Tags", List.of("a", "b", "a"), "Names", List.of("x", "y"),
                "Blob", blob, "Region", "ap-south-1")).as(Widening.class);
        assertEquals(1L, w.fromInt());
        assertEquals(2.0, w.fromLong());
        assertEquals(3, w.fromLongInRange());
        assertEquals(new BigDecimal("0.25"), w.fromDouble());
        assertEquals(0.5f, w.fromDouble2());
        assertEquals(WHEN.atOffset(ZoneOffset.UTC), w.when());
        assertEquals(Set.of("a", "b"), w.tags());
        assertArrayEquals(new String[] {"x", "y"}, w.names());
        assertArrayEquals(blob, w.blob());
        assertEquals(Region.AP_SOUTH_1, w.region());
    }

    @Test
    void fillsAMissingPrimitiveComponentWithItsDefaultAndSkipsMembersWithoutAComponent() {
        assertEquals(new Numbers(0), Result.of(map("Other", "x")).as(Numbers.class));
    }

    @Test
    void convertsARecordThatContainsItself() {
        Folder f = Result.of(map("Name", "root", "Children", List.of(map("Name", "a", "Children", List.of()),
                map("Name", "b")))).as(Folder.class);
        assertEquals(new Folder("root", List.of(new Folder("a", List.of()), new Folder("b", null))), f);
    }

    @Test
    void fillsABeanThroughItsSetters() {
        MessageBean b = Result.of(map("MessageId", "m1", "Body", "hello", "Size", 5L)).as(MessageBean.class);
        assertEquals("m1", b.getMessageId());
        assertEquals("hello", b.getBody());
        assertEquals(5, b.getSize());
    }

    @Test
    void namesThePathToAValueThatDoesNotConvert() {
        Result bad = Result.of(map("Contents", List.of(map("Key", "a", "Size", 1),
                map("Key", "b", "Size", 2, "Owner", map("DisplayName", 42)))));
        ResultTypeError e = assertThrows(ResultTypeError.class, () -> bad.as(Listing.class));
        assertEquals("Cannot read 'Contents[1].Owner.DisplayName' as String: it is an Integer", e.getMessage());
        assertEquals("Cannot read 'Contents[0].Size' as Instant: it is an Integer",
                assertThrows(ResultTypeError.class, () -> Result.of(map("Contents",
                        List.of(map("Size", 1)))).getList("Contents", SizeAsInstant.class)).getMessage());
        assertEquals("Cannot read 'StorageClass' as StorageClass (no constant matches the value): it is a String",
                assertThrows(ResultTypeError.class, () -> Result.of(map("StorageClass", "DEEP_ARCHIVE"))
                        .as(S3Object.class)).getMessage());
    }

    record SizeAsInstant(Instant size) {
    }

    @Test
    void wrapsTheParsedMapWithoutCopyingAndBehavesAsThatMap() {
        Map<String, Object> parsed = map("A", 1, "B", map("C", "d"));
        Result r = Result.of(parsed);
        assertSame(r, Result.of(r));
        assertEquals(parsed, r);
        assertEquals(r, parsed);
        assertEquals(parsed.hashCode(), r.hashCode());
        assertEquals(parsed.toString(), r.toString());
        assertEquals(List.of("A", "B"), new ArrayList<>(r.keySet()), "in the parsed order");
        parsed.put("E", true);
        assertEquals(true, r.getBoolean("E"), "a view, not a copy");
        r.getResult("B").put("F", "g");
        assertEquals("g", ((Map<?, ?>) parsed.get("B")).get("F"), "nested results are views too");
    }

    @Test
    void readsResponseMetadataAsATypedValue() {
        ResponseMetadata meta = listing().responseMetadata();
        assertEquals(new ResponseMetadata("req-1", "host-1", 200, Map.of("x-amz-request-id", "req-1"), 1, false), meta);
    }

    @Test
    void searchesWithJmesPathAndConvertsWhatItFinds() {
        Result r = listing();
        assertEquals(List.of("a.txt", "b.txt"), r.search("Contents[].Key"));
        assertEquals(List.of("b.txt"), r.searchList("Contents[?Size > `4`].Key", String.class));
        assertEquals(new Owner("me", "id-1"), r.search("Contents[0].Owner", Owner.class));
        assertEquals(5_000_000_000L, r.search("max_by(Contents, &Size).Size", Long.class));
        assertEquals(List.of(new Owner("me", "id-1")), r.searchList("Contents[].Owner", Owner.class));
    }

    @Test
    void readsNestedResultsAndListsOfResults() {
        Result r = listing();
        List<Result> contents = r.getResults("Contents");
        assertEquals("a.txt", contents.get(0).getString("Key"));
        assertEquals("me", contents.get(0).getResult("Owner").getString("DisplayName"));
        assertEquals(List.of("CRC32"), contents.get(0).getStrings("ChecksumAlgorithm"));
        assertEquals(List.of(3L, 5_000_000_000L), contents.stream().map(c -> c.getLong("Size")).toList());
    }

    @Test
    void findsTheStreamingPayloadWhateverItsMemberName() throws Exception {
        StreamingBody body = new StreamingBody(new ByteArrayInputStream("hi".getBytes(StandardCharsets.UTF_8)), 2L);
        Result r = Result.of(map("ContentLength", 2, "Payload", body, "ResponseMetadata", map()));
        assertSame(body, r.getBody());
        assertSame(body, r.getBody("Payload"));
        assertTrue(r.as(WithPayload.class).payload() == body);
    }

    record WithPayload(StreamingBody payload) {
    }
}
