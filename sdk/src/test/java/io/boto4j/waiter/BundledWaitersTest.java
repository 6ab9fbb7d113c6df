package io.boto4j.waiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import io.boto4j.paginate.ShapeSamples;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.MarkedJson;
import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every waiter in the bundled data loads (matchers, states, expected values, JMESPath arguments), polls an
 * operation its service has, and has path arguments that select something from the fullest output that operation
 * can return; services, waiter names and boto3's snake_case names are botocore's.
 */
class BundledWaitersTest {
    private static final String SUITE = "waiters";
    private static final KnownFailures KNOWN = KnownFailures.forSuite(SUITE);
    private static final AtomicInteger WAITERS = new AtomicInteger();

    private static final String SCRIPT = """
            import json, botocore.session
            from botocore import xform_name
            s = botocore.session.get_session()
            out = {}
            for svc in s.get_available_services():
                try:
                    names = s.get_waiter_model(svc).waiter_names
                except Exception:
                    continue
                out[svc] = {'names': names, 'snake': [xform_name(n) for n in names]}
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> everyBundledWaiterLoadsAndPollsARealOperation() {
        JsonNode botocore = MarkedJson.parse(Python.run(SCRIPT, ""));
        Loader loader = Loader.forSearchPaths(List.of());
        List<String> services = loader.listAvailableServices("waiters-2");
        List<String> botocoreServices = new ArrayList<>();
        botocore.propertyNames().iterator().forEachRemaining(botocoreServices::add);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the same services as botocore",
                () -> assertEquals(new TreeSet<>(botocoreServices), new TreeSet<>(services))));
        for (String service : services) {
            tests.add(DynamicTest.dynamicTest(service, () -> check(service, botocore.get(service))));
        }
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void check(String service, JsonNode botocore) {
        WaiterModel model = WaiterOracleTest.bundled(service);
        List<String> names = model.waiterNames();
        WAITERS.addAndGet(names.size());
        assertEquals(strings(botocore == null ? null : botocore.get("names")), names, "waiters of " + service);
        assertEquals(strings(botocore == null ? null : botocore.get("snake")), model.snakeWaiterNames());
        List<String> unexpected = new ArrayList<>();
        for (String name : names) {
            String id = SUITE + " " + service + "." + name;
            List<String> problems;
            try {
                WaiterDefinition definition = model.definition(name);
                problems = new ArrayList<>(definition.problems(serviceModelOf(model)));
                if (problems.isEmpty()) {
                    problems.addAll(pathProblems(service, definition, serviceModelOf(model)));
                }
            } catch (RuntimeException e) {
                problems = List.of(e.toString());
            }
            try {
                KNOWN.verify("", id, problems.isEmpty() ? null : String.join("; ", problems));
            } catch (AssertionError e) {
                unexpected.add(e.getMessage());
            }
        }
        if (!unexpected.isEmpty()) {
            fail(String.join("\n", unexpected));
        }
    }

    /** Each path acceptor's argument must select something from the fullest output the operation can return. */
    private static List<String> pathProblems(String service, WaiterDefinition definition, ServiceModel serviceModel) {
        List<String> problems = new ArrayList<>();
        StructureShape output = serviceModel.operationModel(definition.operation()).outputShape();
        Object sample = output == null ? java.util.Map.of() : ShapeSamples.fullest(output);
        for (Acceptor a : definition.acceptors()) {
            if (a.matcher().isPath()) {
                Object value;
                try {
                    value = a.argument().search(sample);
                } catch (RuntimeException e) {
                    problems.add(service + " waiter " + definition.name() + ": '" + a.argument().text() + "' fails: " + e);
                    continue;
                }
                if (value == null) {
                    problems.add(service + " waiter " + definition.name() + ": '" + a.argument().text()
                            + "' selects nothing the output of " + definition.operation() + " can hold");
                }
            }
        }
        return problems;
    }

    private static io.boto4j.model.ServiceModel serviceModelOf(WaiterModel model) {
        return model.serviceModel();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    @AfterAll
    static void counts() {
        System.out.println(SUITE + ": " + WAITERS + " waiters");
        KNOWN.printCounts();
    }
}
