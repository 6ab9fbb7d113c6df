package io.boto4j.internal.endpoints;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code endpoints.json} consumers against botocore: {@link RegionCatalog} equals {@code get_available_regions}
 * for every service and partition (with and without non-regional names) and {@code get_available_partitions};
 * {@link LegacyEndpointResolver} equals botocore's {@code EndpointResolver.construct_endpoint} for every service
 * prefix over a grid of regions x FIPS x dual-stack.
 */
class EndpointsJsonParityTest {
    private static final String ORACLE = """
            import json, sys
            import botocore.session
            from botocore.regions import EndpointResolver
            regions = json.loads(sys.stdin.read())
            s = botocore.session.get_session()
            loader = s.get_component('data_loader')
            partitions = s.get_available_partitions()
            catalog = {}
            for svc in s.get_available_services():
                prefix = s.get_service_data(svc)['metadata'].get('endpointPrefix', svc)
                catalog[svc] = {'prefix': prefix, 'regions': {p: [s.get_available_regions(svc, p, False),
                        s.get_available_regions(svc, p, True)] for p in partitions}}
            endpoints = loader.load_data('endpoints')
            resolver = EndpointResolver(endpoints)
            prefixes = sorted({name for p in endpoints['partitions'] for name in p['services']})
            legacy = {}
            for prefix in prefixes:
                out = []
                for region in regions:
                    for fips in (False, True):
                        for dual in (False, True):
                            try:
                                e = resolver.construct_endpoint(prefix, region, use_dualstack_endpoint=dual,
                                                                use_fips_endpoint=fips)
                                out.append(None if e is None else e['hostname'] + ' ' + e['partition']
                                           + ' ' + json.dumps(e.get('credentialScope', {}), sort_keys=True))
                            except Exception as ex:
                                out.append('ERROR ' + type(ex).__name__)
                legacy[prefix] = out
            print(json.dumps({'partitions': partitions, 'catalog': catalog, 'legacy': legacy}))
            """;

    private static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "cn-north-1",
            "us-gov-west-1", "us-iso-east-1", "aws-global", "fips-us-east-1", "mars-east-1");

    @Test
    void regionCatalogAndLegacyHostnamesMatchBotocoreForEveryService() throws IOException {
        JsonNode oracle = Json.parse(Python.run(ORACLE, Json.write(REGIONS)).getBytes());
        Loader loader = Loader.fromEnvironment();
        JsonNode endpoints = loader.loadData("endpoints");
        RegionCatalog catalog = new RegionCatalog(endpoints);
        assertEquals(oracle.get("partitions"), JsonTrees.fromJava(catalog.availablePartitions()));

        List<String> mismatches = new ArrayList<>();
        int regionLists = 0;
        for (var it = oracle.get("catalog").properties().iterator(); it.hasNext(); ) {
            var svc = it.next();
            String prefix = svc.getValue().get("prefix").asString();
            for (var p = svc.getValue().get("regions").properties().iterator(); p.hasNext(); ) {
                var part = p.next();
                for (int nonRegional = 0; nonRegional < 2; nonRegional++) {
                    JsonNode got = JsonTrees.fromJava(catalog.availableRegions(prefix, part.getKey(),
                            nonRegional == 1));
                    regionLists++;
                    if (!got.equals(part.getValue().get(nonRegional))) {
                        mismatches.add("regions " + svc.getKey() + " " + part.getKey() + " nonRegional=" + nonRegional);
                    }
                }
            }
        }

        LegacyEndpointResolver legacy = new LegacyEndpointResolver(endpoints);
        int hostnames = 0;
        for (var it = oracle.get("legacy").properties().iterator(); it.hasNext(); ) {
            var svc = it.next();
            int k = 0;
            for (String region : REGIONS) {
                for (boolean fips : new boolean[] {false, true}) {
                    for (boolean dual : new boolean[] {false, true}) {
                        JsonNode want = svc.getValue().get(k++);
                        String got;
                        try {
                            LegacyEndpointResolver.LegacyEndpoint e = legacy.construct(svc.getKey(), region, dual, fips);
                            got = e == null ? null : e.hostname() + " " + e.partition() + " "
                                    + pythonJson(e.credentialScope());
                        } catch (io.boto4j.exception.NoRegionError e) {
                            got = "ERROR NoRegionError";
                        } catch (io.boto4j.exception.EndpointResolutionError e) {
                            // boto4j's counterpart of botocore's EndpointVariantError; any other exception is a bug
                            got = "ERROR EndpointVariantError";
                        } catch (RuntimeException e) {
                            got = "ERROR unexpected " + e;
                        }
                        hostnames++;
                        String w = want.isNull() ? null : want.asString();
                        if (!java.util.Objects.equals(w, got)) {
                            mismatches.add("legacy " + svc.getKey() + " " + region + " fips=" + fips + " dual=" + dual
                                    + ": botocore " + w + " boto4j " + got);
                        }
                    }
                }
            }
        }
        System.out.printf("endpoints.json parity: region lists=%d legacy hostnames=%d mismatches=%d%n", regionLists,
                hostnames, mismatches.size());
        mismatches.stream().limit(20).forEach(System.out::println);
        assertTrue(regionLists > 3000, "expected every service x partition, got " + regionLists);
        assertEquals(List.of(), mismatches);
    }

    /** {@code json.dumps(d, sort_keys=True)} of a flat string map. */
    private static String pythonJson(java.util.Map<String, String> m) {
        StringBuilder b = new StringBuilder("{");
        new java.util.TreeMap<>(m).forEach((k, v) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append('"').append(k).append("\": \"").append(v).append('"');
        });
        return b.append('}').toString();
    }
}
