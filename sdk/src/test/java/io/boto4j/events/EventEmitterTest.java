package io.boto4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventEmitterTest {
    private final EventEmitter emitter = new EventEmitter();
    private final List<String> calls = new ArrayList<>();

    private EventHandler recorder(String name) {
        return (event, kwargs) -> {
            calls.add(name);
            return null;
        };
    }

    private List<String> emitAndRecord(String event) {
        calls.clear();
        emitter.emit(event, new HashMap<>());
        return List.copyOf(calls);
    }

    @Test
    void handlersOfAPrefixSeeEveryMoreSpecificEvent() {
        emitter.register("before-call.s3", recorder("s3"));
        assertEquals(List.of("s3"), emitAndRecord("before-call.s3.PutObject"));
        assertEquals(List.of("s3"), emitAndRecord("before-call.s3"));
        assertEquals(List.of(), emitAndRecord("before-call.sqs.SendMessage"));
        assertEquals(List.of(), emitAndRecord("before-call"));
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        emitter.register("before-call.s3", recorder("s3"));
        assertEquals(List.of(), emitAndRecord("before-call.s3control.ListJobs"));
    }

    @Test
    void mostSpecificHandlersRunFirst() {
        emitter.register("a", recorder("a"));
        emitter.register("a.b.c", recorder("abc"));
        emitter.register("a.b", recorder("ab"));
        assertEquals(List.of("abc", "ab", "a"), emitAndRecord("a.b.c"));
    }

    @Test
    void firstMiddleAndLastSectionsOrderHandlersOfOneName() {
        emitter.registerLast("e.x", recorder("last1"));
        emitter.register("e.x", recorder("mid1"));
        emitter.registerFirst("e.x", recorder("first1"));
        emitter.register("e.x", recorder("mid2"));
        emitter.registerFirst("e.x", recorder("first2"));
        emitter.registerLast("e.x", recorder("last2"));
        assertEquals(List.of("first1", "first2", "mid1", "mid2", "last1", "last2"), emitAndRecord("e.x"));
    }

    @Test
    void wildcardMatchesExactlyOneSegment() {
        emitter.register("before-call.*.PutObject", recorder("any-service"));
        assertEquals(List.of("any-service"), emitAndRecord("before-call.s3.PutObject"));
        assertEquals(List.of(), emitAndRecord("before-call.s3.GetObject"));
        assertEquals(List.of(), emitAndRecord("before-call.s3"));
    }

    @Test
    void partialGlobsAreLiteral() {
        emitter.register("list.*objects", recorder("glob"));
        assertEquals(List.of(), emitAndRecord("list.allobjects"));
        assertEquals(List.of("glob"), emitAndRecord("list.*objects"));
    }

    @Test
    void handlerReceivesEmittedNameAndMutableArguments() {
        emitter.register("before-parameter-build", (event, kwargs) -> {
            kwargs.put("seen", event);
            return null;
        });
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("params", Map.of());
        emitter.emit("before-parameter-build.s3.PutObject", kwargs);
        assertEquals("before-parameter-build.s3.PutObject", kwargs.get("seen"));
    }

    @Test
    void emitReturnsEveryHandlerWithItsResponseInCallOrder() {
        EventHandler one = (e, k) -> 1;
        EventHandler none = (e, k) -> null;
        emitter.register("x.y", one);
        emitter.register("x", none);
        List<HandlerResponse> responses = emitter.emit("x.y", new HashMap<>());
        assertEquals(List.of(new HandlerResponse(one, 1), new HandlerResponse(none, null)), responses);
    }

    @Test
    void emitUntilResponseStopsAtTheFirstNonNullResponse() {
        AtomicInteger laterCalls = new AtomicInteger();
        EventHandler quiet = recorder("quiet");
        EventHandler answering = (e, k) -> "stubbed";
        emitter.register("before-call.s3.PutObject", quiet);
        emitter.register("before-call.s3.PutObject", answering);
        emitter.register("before-call.s3", (e, k) -> laterCalls.incrementAndGet());
        HandlerResponse r = emitter.emitUntilResponse("before-call.s3.PutObject", new HashMap<>());
        assertSame(answering, r.handler());
        assertEquals("stubbed", r.response());
        assertEquals(0, laterCalls.get());
        assertEquals(List.of("quiet"), calls);
    }

    @Test
    void emitUntilResponseWithoutAnswersHasANullResponse() {
        assertNull(emitter.emitUntilResponse("nothing.here", new HashMap<>()).response());
        EventHandler quiet = recorder("quiet");
        emitter.register("nothing", quiet);
        HandlerResponse r = emitter.emitUntilResponse("nothing.here", new HashMap<>());
        assertNull(r.response());
        assertSame(quiet, r.handler());
    }

    @Test
    void uniqueIdMakesRegistrationIdempotent() {
        emitter.register("e", recorder("one"), "my-id");
        emitter.register("e", recorder("two"), "my-id");
        assertEquals(List.of("one"), emitAndRecord("e"));
    }

    @Test
    void unregisterByUniqueIdRemovesTheRegisteredHandler() {
        emitter.register("e.f", recorder("one"), "my-id");
        emitter.unregisterUniqueId("e.f", "my-id", false);
        assertEquals(List.of(), emitAndRecord("e.f"));
        emitter.register("e.f", recorder("again"), "my-id");
        assertEquals(List.of("again"), emitAndRecord("e.f"));
    }

    @Test
    void countedUniqueIdsNeedAsManyUnregistrationsAsRegistrations() {
        emitter.register("e", recorder("one"), "counted", true);
        emitter.register("e", recorder("one"), "counted", true);
        emitter.unregisterUniqueId("e", "counted", true);
        assertEquals(List.of("one"), emitAndRecord("e"));
        emitter.unregisterUniqueId("e", "counted", true);
        assertEquals(List.of(), emitAndRecord("e"));
    }

    @Test
    void mixingCountedAndUncountedUniqueIdsIsRejectedWithTheIdInTheMessage() {
        emitter.register("e", recorder("one"), "mixed", true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> emitter.register("e", recorder("one"), "mixed", false));
        assertTrue(e.getMessage().contains("mixed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> emitter.unregisterUniqueId("e", "mixed", false));
    }

    @Test
    void unregisterRemovesOneRegistrationAndIgnoresUnknownHandlers() {
        EventHandler h = recorder("h");
        emitter.register("e.f", h);
        emitter.register("e.f", h);
        emitter.unregister("e.f", recorder("unknown"));
        emitter.unregister("no.such.event", h);
        assertEquals(List.of("h", "h"), emitAndRecord("e.f"));
        emitter.unregister("e.f", h);
        assertEquals(List.of("h"), emitAndRecord("e.f"));
        emitter.unregister("e", h);
        assertEquals(List.of("h"), emitAndRecord("e.f"));
    }

    @Test
    void registrationsAfterAnEmitAreSeenByTheNextEmit() {
        assertEquals(List.of(), emitAndRecord("a.b"));
        emitter.register("a", recorder("a"));
        assertEquals(List.of("a"), emitAndRecord("a.b"));
        assertTrue(emitter.hasHandlers("a.b"));
    }

    @Test
    void copiesAreIndependentButInheritEarlierRegistrations() {
        emitter.register("e", recorder("session"));
        EventEmitter client = emitter.copy();
        client.register("e", recorder("client"));
        emitter.register("e", recorder("session-later"));
        assertEquals(List.of("session", "session-later"), emitAndRecord("e"));
        calls.clear();
        client.emit("e", new HashMap<>());
        assertEquals(List.of("session", "client"), calls);
    }

    @Test
    void copiesKeepUniqueIdsSeparately() {
        emitter.register("e", recorder("one"), "id");
        EventEmitter client = emitter.copy();
        client.unregisterUniqueId("e", "id", false);
        assertEquals(List.of("one"), emitAndRecord("e"));
        calls.clear();
        client.emit("e", new HashMap<>());
        assertEquals(List.of(), calls);
    }

    @Test
    void badNamesAndNullHandlersGetClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> emitter.register("", recorder("x")));
        NullPointerException e = assertThrows(NullPointerException.class, () -> emitter.register("e.f", null));
        assertTrue(e.getMessage().contains("e.f"));
    }

    @Test
    void concurrentRegistrationsAndEmitsLoseNothing() throws Exception {
        int threads = 4;
        int perThread = 200;
        AtomicInteger hits = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    emitter.register("c.t" + id, (e, k) -> hits.incrementAndGet());
                    emitter.emit("c.t" + id + ".op", new HashMap<>());
                }
            });
            workers.add(w);
            w.start();
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        hits.set(0);
        for (int t = 0; t < threads; t++) {
            emitter.emit("c.t" + t, new HashMap<>());
        }
        assertEquals(threads * perThread, hits.get());
    }
}
