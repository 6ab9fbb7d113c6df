package io.boto4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.boto4j.config.Config;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigOptionsAdapterTest {

    @Test
    void everyOptionTheSdkDeclaresIsAPropertyUnderItsKebabName() {
        // spelled out, not read from the declarations: a renamed or dropped option changes users' properties
        assertThat(ConfigOptionsAdapter.kebabNames()).contains("connect-timeout", "read-timeout",
                "max-pool-connections", "retries", "s3", "proxies", "proxies-config", "defaults-mode",
                "request-checksum-calculation", "response-checksum-validation", "client-cert", "tcp-keepalive");
        assertThat(ConfigOptionsAdapter.kebabNames()).hasSize(30);
    }

    @Test
    void kebabAndCamelCaseKeysWithStringValuesBecomeTypedSnakeCaseOptions() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("connect-timeout", "5");
        tree.put("readTimeout", "750ms");
        tree.put("max-pool-connections", "20");
        tree.put("tcp-keepalive", "true");
        tree.put("retries", Map.of("mode", "standard", "total-max-attempts", "4"));
        tree.put("s3", Map.of("addressing-style", "path", "use-accelerate-endpoint", "false"));
        tree.put("proxies", Map.of("https", "http://proxy:3128"));
        Config config = ConfigOptionsAdapter.toConfig("boto4j.config", tree);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(config.maxPoolConnections()).isEqualTo(20);
        assertThat(config.tcpKeepalive()).isTrue();
        assertThat(config.retries()).containsEntry("mode", "standard").containsEntry("total_max_attempts", 4);
        assertThat(config.s3()).containsEntry("addressing_style", "path").containsEntry("use_accelerate_endpoint", false);
        assertThat(config.proxies()).containsEntry("https", "http://proxy:3128");
    }

    @Test
    void aValueOfTheWrongTypeNamesThePropertyAndWhatIsExpected() {
        assertThatThrownBy(() -> ConfigOptionsAdapter.toConfig("boto4j.clients.s3.config",
                Map.of("max-pool-connections", "many")))
                .isInstanceOfSatisfying(InvalidBoto4jPropertyException.class, e -> {
                    assertThat(e.getProperty()).isEqualTo("boto4j.clients.s3.config.max-pool-connections");
                    assertThat(e.getReason()).contains("integer");
                });
    }

    @Test
    void aRejectedProxyValueIsNotShownBecauseItMayHoldAPassword() {
        assertThatThrownBy(() -> ConfigOptionsAdapter.toConfig("boto4j.config",
                Map.of("proxies", "http://user:hunter2@proxy:3128")))
                .isInstanceOfSatisfying(InvalidBoto4jPropertyException.class, e -> {
                    assertThat(e.getProperty()).isEqualTo("boto4j.config.proxies");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                    assertThat(String.valueOf(e.getValue())).doesNotContain("hunter2");
                });
    }

    @Test
    void anUnknownNestedKeyIsReportedWithTheValidKeys() {
        assertThatThrownBy(() -> ConfigOptionsAdapter.toConfig("boto4j.config", Map.of("retries", Map.of("moed", "standard"))))
                .isInstanceOfSatisfying(InvalidBoto4jPropertyException.class, e -> {
                    assertThat(e.getProperty()).isEqualTo("boto4j.config.retries.moed");
                    assertThat(e.getReason()).contains("mode").contains("total_max_attempts");
                });
    }

    @Test
    void perClientValuesMergeOverGlobalOnesKeyByKey() {
        Map<String, Object> merged = ConfigOptionsAdapter.merge(
                Map.of("retries", Map.of("mode", "adaptive", "total-max-attempts", "5"), "read-timeout", "9s"),
                Map.of("retries", Map.of("total-max-attempts", "2")));
        assertThat(merged).containsEntry("read-timeout", "9s");
        assertThat(merged.get("retries")).isEqualTo(Map.of("mode", "adaptive", "total-max-attempts", "2"));
        assertThat(List.of(ConfigOptionsAdapter.snakeCase("total-max-attempts"), ConfigOptionsAdapter.snakeCase("totalMaxAttempts")))
                .containsOnly("total_max_attempts");
    }
}
