package io.boto4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both handler forms compile without casts (Java picks the overload by the lambda's arity) and see one event. */
class HandlerFormsTest {
    private final EventEmitter emitter = new EventEmitter();
    private final List<String> calls = new ArrayList<>();

    @Test
    void aOneArgumentAndATwoArgumentLambdaRegisterWithoutCasts() {
        emitter.register("e.f", event -> calls.add("typed " + event.name()) ? null : null);
        emitter.register("e.f", (name, kwargs) -> calls.add("kwargs " + name) ? null : null);
        emitter.registerFirst("e", event -> calls.add("first") ? null : null);
        emitter.registerLast("e", (name, kwargs) -> calls.add("last") ? null : null);
        emitter.register("e", event -> null, "typed-id");
        emitter.register("e", (name, kwargs) -> null, "kwargs-id");
        emitter.emit("e.f.g", new HashMap<>());
        assertEquals(List.of("typed e.f.g", "kwargs e.f.g", "first", "last"), calls);
    }

    @Test
    void bothFormsShareTheKwargsOfOneEmission() {
        Map<String, Object> kwargs = new HashMap<>();
        emitter.register("e", (name, kw) -> kw.put("note", "from the two-argument form"));
        emitter.register("e", event -> event.get("note", String.class));
        HandlerResponse r = emitter.emitUntilResponse("e", kwargs);
        assertEquals("from the two-argument form", r.response());
        assertEquals("from the two-argument form", kwargs.get("note"));
    }

    @Test
    void aHandlerOfEitherFormUnregistersByItself() {
        TypedEventHandler typed = event -> calls.add("typed") ? null : null;
        EventHandler twoArgs = (name, kwargs) -> calls.add("kwargs") ? null : null;
        emitter.register("e", typed);
        emitter.register("e", twoArgs);
        emitter.unregister("e", typed);
        emitter.emit("e", new HashMap<>());
        emitter.unregister("e", twoArgs);
        emitter.emit("e", new HashMap<>());
        assertEquals(List.of("kwargs"), calls);
    }

    @Test
    void theAnswerNamesTheHandlerAsRegistered() {
        EventHandler twoArgs = (name, kwargs) -> "answer";
        emitter.register("e", twoArgs);
        assertSame(twoArgs, emitter.emitUntilResponse(Event.of("e", new HashMap<>())).handler());
    }
}
