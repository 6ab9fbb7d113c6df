package io.boto4j.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.Session;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import io.boto4j.testsupport.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every resource class of every resource model boto3 ships, built by boto4j and by boto3's own factory (one
 * python3 run), compared by the names of each category: identifiers, attributes, actions, sub-resources,
 * references, collections (with their batch actions), waiters, and whether the class can load. boto3's names are
 * read from {@code dir()} of the classes its factory builds, in the order of its resource model.
 */
class ResourceModelOracleTest {
    private static final String ORACLE = """
            import json, sys
            import boto3
            from botocore import xform_name
            from boto3.utils import ServiceContext
            s = boto3.session.Session(region_name='us-east-1', aws_access_key_id='x', aws_secret_access_key='x')
            loader = s._session.get_component('data_loader')
            out = {}
            for name in s.get_available_resources():
                sr = s.resource(name)
                defs = loader.load_service_model(name, 'resources-1')['resources']
                ctx = ServiceContext(service_name=name, service_model=sr.meta.client.meta.service_model,
                                     resource_json_definitions=defs, service_waiter_model=None)
                classes = {'ServiceResource': type(sr)}
                for rn in defs:
                    classes[rn] = s.resource_factory.load_from_definition(rn, defs[rn], ctx)
                for cn, cls in classes.items():
                    m = cls.meta.resource_model
                    d = set(dir(cls))
                    shape = ctx.service_model.shape_for(m.shape) if m.shape else None
                    def present(names):
                        return [n for n in names if n in d]
                    coll = [c.name for c in m.collections]
                    out[name + '.' + cn] = {
                        'identifiers': present([i.name for i in m.identifiers]),
                        'attributes': present(list(m.get_attributes(shape).keys()) if shape else []),
                        'actions': present([a.name for a in m.actions]),
                        'subresources': present([r.name for r in m.subresources]),
                        'references': present([r.name for r in m.references]),
                        'collections': present(coll),
                        'batch_actions': {c.name: [xform_name(a.name) for a in c.batch_actions]
                                          for c in m.collections},
                        'waiters': present([w.name for w in m.waiters]),
                        'load': 'load' in d,
                    }
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> everyResourceClassHasTheNamesBoto3sFactoryGivesIt() throws Exception {
        JsonNode expected = Json.parse(Python.run(ORACLE, "").getBytes(StandardCharsets.UTF_8));
        Session session = TestClients.session("us-east-1");
        Map<String, ResourceType> built = new LinkedHashMap<>();
        List<String> services = session.getAvailableResources();
        for (String service : services) {
            ServiceResource sr = session.resource(service);
            built.put(service + ".ServiceResource", sr.type());
            for (String name : sr.resourceNames()) {
                built.put(service + "." + name, sr.resourceType(name));
            }
        }
        assertEquals(9, services.size(), "boto3 ships resource models for 9 services: " + services);
        assertEquals(expected.size(), built.size(), "resource classes built: boto4j vs boto3");
        assertTrue(built.size() >= 80, "cases loaded: " + built.size());
        System.out.println("ResourceModelOracleTest: " + built.size() + " resource classes of " + services.size()
                + " services compared with boto3");

        List<DynamicTest> tests = new ArrayList<>();
        expected.properties().iterator().forEachRemaining(e -> tests.add(dynamicTest(e.getKey(), () -> {
            ResourceType t = built.get(e.getKey());
            JsonNode want = e.getValue();
            assertTrue(t != null, "boto4j has no class " + e.getKey());
            assertEquals(strings(want.get("identifiers")), t.identifierNames(), "identifiers");
            assertEquals(strings(want.get("attributes")), t.attributeNames(), "attributes");
            assertEquals(strings(want.get("actions")), t.actionNames(), "actions");
            assertEquals(strings(want.get("subresources")), t.subResourceNames(), "sub-resources");
            assertEquals(strings(want.get("references")), t.referenceNames(), "references");
            assertEquals(strings(want.get("collections")), t.collectionNames(), "collections");
            assertEquals(strings(want.get("waiters")), t.waiterNames(), "waiters");
            want.get("batch_actions").properties().iterator().forEachRemaining(c ->
                    assertEquals(strings(c.getValue()), t.batchActionNames(c.getKey()), "batch actions of " + c.getKey()));
            assertEquals(want.get("load").asBoolean(), t.hasLoad(), "load");
        })));
        return tests.stream();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
