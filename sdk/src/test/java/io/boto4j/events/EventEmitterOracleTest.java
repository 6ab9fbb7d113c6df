package io.boto4j.events;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential test: random registrations and emits, the call order compared with botocore's emitter. */
class EventEmitterOracleTest {
    private static final String SCRIPT = """
            import sys, json
            from botocore.hooks import HierarchicalEmitter
            data = json.load(sys.stdin)
            em = HierarchicalEmitter()
            calls = []
            def make(label):
                def h(**kwargs):
                    calls.append(label)
                return h
            handlers = {}
            for section, name, label in data['registrations']:
                h = handlers.setdefault(label, make(label))
                {'first': em.register_first, 'middle': em.register, 'last': em.register_last}[section](name, h)
            for name, label in data['unregistrations']:
                em.unregister(name, handlers[label])
            out = []
            for name in data['emits']:
                calls.clear()
                em.emit(name)
                out.append(list(calls))
            print(json.dumps(out))
            """;

    @Test
    void callOrderMatchesBotocoreForRandomRegistrations() throws Exception {
        Random random = new Random(20261126);
        String[][] segments = {{"a", "b", "*"}, {"x", "y", "*"}, {"p", "q", "*"}, {"z", "*"}};
        List<List<Object>> registrations = new ArrayList<>();
        List<List<Object>> unregistrations = new ArrayList<>();
        List<String> emits = new ArrayList<>();
        String[] sections = {"first", "middle", "last"};
        for (int i = 0; i < 120; i++) {
            int depth = 1 + random.nextInt(4);
            StringBuilder name = new StringBuilder();
            for (int d = 0; d < depth; d++) {
                String[] choices = segments[d];
                String part = d == 0 ? choices[random.nextInt(2)] : choices[random.nextInt(choices.length)];
                name.append(d == 0 ? "" : ".").append(part);
            }
            registrations.add(List.of(sections[random.nextInt(3)], name.toString(), "h" + i));
            if (random.nextInt(6) == 0) {
                unregistrations.add(List.of(name.toString(), "h" + i));
            }
        }
        for (int i = 0; i < 60; i++) {
            int depth = 1 + random.nextInt(4);
            StringBuilder name = new StringBuilder();
            for (int d = 0; d < depth; d++) {
                String[] choices = segments[d];
                name.append(d == 0 ? "" : ".").append(choices[random.nextInt(Math.min(2, choices.length))]);
            }
            emits.add(name.toString());
        }
        Map<String, Object> input = Map.of("registrations", registrations, "unregistrations", unregistrations,
                "emits", emits);
        JsonNode expected = JsonTrees.read(Python.run(SCRIPT, Json.write(input)));

        EventEmitter emitter = new EventEmitter();
        List<String> calls = new ArrayList<>();
        Map<String, EventHandler> handlers = new HashMap<>();
        for (List<Object> r : registrations) {
            String label = (String) r.get(2);
            EventHandler h = handlers.computeIfAbsent(label, l -> (e, k) -> {
                calls.add(l);
                return null;
            });
            switch ((String) r.get(0)) {
                case "first" -> emitter.registerFirst((String) r.get(1), h);
                case "last" -> emitter.registerLast((String) r.get(1), h);
                default -> emitter.register((String) r.get(1), h);
            }
        }
        for (List<Object> u : unregistrations) {
            emitter.unregister((String) u.get(0), handlers.get((String) u.get(1)));
        }
        int nonEmpty = 0;
        for (int i = 0; i < emits.size(); i++) {
            calls.clear();
            emitter.emit(emits.get(i), new HashMap<>());
            List<String> want = new ArrayList<>();
            expected.get(i).forEach(n -> want.add(n.asString()));
            assertEquals(want, calls, "handlers called for " + emits.get(i));
            nonEmpty += want.isEmpty() ? 0 : 1;
        }
        // the random names must actually exercise matching, or this test proves nothing
        assertEquals(true, nonEmpty > 20, "only " + nonEmpty + " emits reached a handler");
    }
}
