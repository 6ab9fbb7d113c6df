package io.boto4j.internal.useragent;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAgentTest {
    private static UserAgent.Builder fixed() {
        return UserAgent.builder().sdk("Boto4j", "1.2.3").platform("Linux", "6.1.0", "AMD64")
                .java("17.0.15", "OpenJDK 64-Bit Server VM").executionEnv(null);
    }

    @Test
    void buildsTheStandardComponentsInOrder() {
        UserAgent ua = fixed().retryMode("standard").appId("my app!").extra("extra/1").build();
        assertEquals("Boto4j/1.2.3 ua/2.1 os/linux#6.1.0 md/arch#amd64 lang/java#17.0.15 "
                + "md/jvm#OpenJDK-64-Bit-Server-VM m/E cfg/retry-mode#standard app/my-app! extra/1", ua.header());
    }

    @Test
    void unknownOperatingSystemsAreReportedAsOtherWithTheirName() {
        String h = fixed().platform("FreeBSD", "14.0", "arm64").build().header();
        assertTrue(h.contains(" os/other md/FreeBSD#14.0 md/arch#arm64 "), h);
        assertTrue(fixed().platform("Mac OS X", "14.5", "aarch64").build().header().contains(" os/macos#14.5 "));
        assertTrue(fixed().platform("Windows 11", "10.0", "amd64").build().header().contains(" os/windows#10.0 "));
    }

    @Test
    void requestFeaturesAreMergedWithClientFeaturesInCodeOrder() {
        UserAgent ua = fixed().retryMode("legacy").feature(UserAgentFeature.ENDPOINT_OVERRIDE).build();
        String base = ua.header();
        assertTrue(base.contains(" m/D,N "), base);
        String withPaginator = ua.header(Set.of(UserAgentFeature.PAGINATOR,
                UserAgentFeature.FLEXIBLE_CHECKSUMS_REQ_CRC32));
        assertTrue(withPaginator.contains(" m/C,D,N,U "), withPaginator);
        // nothing new: the cached string itself
        assertSame(base, ua.header(Set.of(UserAgentFeature.ENDPOINT_OVERRIDE)));
        assertSame(base, ua.header(Set.of()));
    }

    @Test
    void userAgentOverrideReplacesEverythingButTheExtras() {
        UserAgent ua = fixed().override("MyTool/9").retryMode("standard").extra("session/1").extra("client/2")
                .build();
        assertEquals("MyTool/9 session/1 client/2", ua.header());
        assertEquals("MyTool/9 session/1 client/2", ua.header(Set.of(UserAgentFeature.WAITER)));
    }

    @Test
    void sanitizingMatchesBotocore() throws Exception {
        List<String> samples = List.of("my app!", "a b/c#d", "ünïcödé", "tab\there", "ok-_.~|`^*'&%$!,",
                "x(y)[z]{w}<v>=u;t:s\"r?q@p");
        String script = """
                import sys, json
                from botocore.useragent import sanitize_user_agent_string_component as s
                items = json.load(sys.stdin)
                print(json.dumps([[s(i, True), s(i, False)] for i in items]))
                """;
        JsonNode expected = JsonTrees.read(Python.run(script, Json.write(samples)));
        for (int i = 0; i < samples.size(); i++) {
            assertEquals(expected.get(i).get(0).asString(), UserAgent.sanitize(samples.get(i), true), samples.get(i));
            assertEquals(expected.get(i).get(1).asString(), UserAgent.sanitize(samples.get(i), false), samples.get(i));
        }
    }

    @Test
    void defaultsDescribeThisJvm() {
        String h = UserAgent.builder().build().header();
        assertTrue(h.startsWith("Boto4j/"), h);
        assertTrue(h.contains(" lang/java#" + System.getProperty("java.version")), h);
    }
}
