package io.boto4j.paginate;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.ServiceModel;
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
 * Every paginator in the bundled data loads and agrees with its operation's shapes: token and limit members
 * exist in the input, every output expression selects something the output shape can hold. The services and
 * the number of paginators of each must be botocore's ({@code session.get_paginator_model}).
 */
class BundledPaginatorsTest {
    private static final String SUITE = "paginators";
    private static final KnownFailures KNOWN = KnownFailures.forSuite(SUITE);
    private static final AtomicInteger PAGINATORS = new AtomicInteger();

    private static final String SCRIPT = """
            import json, botocore.session
            s = botocore.session.get_session()
            out = {}
            for svc in s.get_available_services():
                try:
                    out[svc] = sorted(s.get_paginator_model(svc)._paginator_config.keys())
                except Exception:
                    pass
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> everyBundledPaginatorMatchesItsOperation() {
        JsonNode botocore = MarkedJson.parse(Python.run(SCRIPT, ""));
        Loader loader = Loader.forSearchPaths(List.of());
        List<String> services = loader.listAvailableServices("paginators-1");
        List<String> botocoreServices = new ArrayList<>();
        botocore.propertyNames().iterator().forEachRemaining(botocoreServices::add);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the same services as botocore",
                () -> assertEquals(new TreeSet<>(botocoreServices), new TreeSet<>(services))));
        for (String service : services) {
            tests.add(DynamicTest.dynamicTest(service, () -> check(loader, service, botocore.get(service))));
        }
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void check(Loader loader, String service, JsonNode botocoreNames) {
        String version = loader.determineLatestVersion(service, "paginators-1");
        ServiceData data = loader.loadServiceData(service, "service-2", version);
        ServiceModel serviceModel = ModelTrees.parse(service, data.bytes(), data.origin(), data.extras());
        PaginatorModel model = PaginatorModel.create(serviceModel, loader.loadServiceModel(service, "paginators-1", version));
        List<String> names = model.operationNames();
        PAGINATORS.addAndGet(names.size());
        List<String> expected = new ArrayList<>();
        if (botocoreNames != null) {
            botocoreNames.forEach(n -> expected.add(n.asString()));
        }
        assertEquals(expected, new ArrayList<>(new TreeSet<>(names)), "paginators of " + service);
        List<String> unexpected = new ArrayList<>();
        for (String name : names) {
            String id = SUITE + " " + service + "." + name;
            List<String> problems;
            try {
                problems = model.definition(name).problems();
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

    @AfterAll
    static void counts() {
        System.out.println(SUITE + ": " + PAGINATORS + " paginators");
        KNOWN.printCounts();
    }
}
