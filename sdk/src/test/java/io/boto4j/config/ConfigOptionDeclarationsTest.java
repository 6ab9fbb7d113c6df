package io.boto4j.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The option declarations checked against botocore in python3: the options of {@code Config.OPTION_DEFAULTS}, the
 * session variables behind them (config-file key, environment variable, default), the nested s3 and proxies_config
 * variables, and the smart defaults botocore applies. Adding an option to botocore, or a setter to
 * {@code Config.Builder}, without declaring it here makes this test fail.
 */
class ConfigOptionDeclarationsTest {
    /** Session variables boto4j does not read, each with its reason. */
    private static final Set<String> NOT_READ = Set.of(
            "csm_enabled", "csm_host", "csm_port", "csm_client_id", // client-side monitoring: not implemented
            "api_versions"); // read as a nested profile section by ConfigStore.apiVersions, not as a variable

    private static final String ORACLE = """
            import json, botocore.config, botocore.configprovider as p
            def keys(k):
                if k is None: return []
                ks = k if isinstance(k, list) else [k]
                return ['.'.join(x) if isinstance(x, tuple) else x for x in ks]
            def envs(e):
                if e is None: return []
                return e if isinstance(e, list) else [e]
            def default(d):
                return None if d is None else str(d).lower()
            out = {
              'options': list(botocore.config.Config.OPTION_DEFAULTS.keys()),
              'optionDefaults': {k: v for k, v in botocore.config.Config.OPTION_DEFAULTS.items() if v is not None},
              'session': {n: {'file': keys(v[0]), 'env': envs(v[1]), 'default': default(v[2])}
                          for n, v in p.BOTOCORE_DEFAUT_SESSION_VARIABLES.items()},
              's3': {n: {'file': keys(v[0]), 'env': envs(v[1])} for n, v in p.DEFAULT_S3_CONFIG_VARS.items()},
              'proxies_config': {n: {'file': keys(v[0]), 'env': envs(v[1])}
                                 for n, v in p.DEFAULT_PROXIES_CONFIG_VARS.items()},
              'smartDefaults': sorted(m[len('_set_'):] for m in dir(p.SmartDefaultsConfigStoreFactory)
                                      if m.startswith('_set_')),
            }
            print(json.dumps(out))
            """;

    private static JsonNode botocore;

    @BeforeAll
    static void askBotocore() throws IOException {
        botocore = Json.parse(Python.run(ORACLE, "").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void declaresEveryOptionOfBotocoresConfigInItsOrder() {
        List<String> expected = new ArrayList<>();
        botocore.get("options").forEach(n -> expected.add(n.asString()));
        assertTrue(expected.size() >= 30, "botocore lists its options: " + expected);
        List<String> declared = ConfigOption.all().stream().map(ConfigOption::name).toList();
        assertEquals(expected, declared);
        assertEquals(new LinkedHashSet<>(expected), Config.optionNames());
    }

    @Test
    void declaresBotocoresDefaultForEveryOptionThatHasOne() {
        botocore.get("optionDefaults").properties().iterator().forEachRemaining(e -> {
            ConfigOption<?> option = ConfigOption.named(e.getKey()).orElseThrow();
            Object declared = option.defaultValue();
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                assertEquals(v.booleanValue(), declared, option.name());
            } else if (declared instanceof java.time.Duration d) {
                assertEquals(v.asLong(), d.toSeconds(), option.name());
            } else {
                assertEquals(v.asInt(), declared, option.name());
            }
        });
    }

    @Test
    void readsEachSessionVariableFromBotocoresEnvironmentVariableAndConfigFileKey() {
        Set<String> covered = new TreeSet<>();
        for (ConfigKey<?> key : ConfigKeys.all()) {
            JsonNode expected = botocore.get("session").get(key.name());
            if (expected == null) {
                continue;
            }
            covered.add(key.name());
            assertEquals(texts(expected.get("env")), key.envVars(), key.name() + " environment variables");
            assertEquals(texts(expected.get("file")), fileKeys(key), key.name() + " config-file keys");
            if (!expected.get("default").isNull()) {
                assertNotNull(key.defaultValue(), key.name() + " has botocore's default");
                assertEquals(expected.get("default").asString(), String.valueOf(key.defaultValue()).toLowerCase(Locale.ROOT),
                        key.name() + " default");
            }
        }
        Set<String> missing = new TreeSet<>();
        botocore.get("session").propertyNames().iterator().forEachRemaining(missing::add);
        missing.removeAll(covered);
        missing.removeAll(NOT_READ);
        assertEquals(Set.of(), missing, "botocore session variables nobody declares (declare them in ConfigOption "
                + "if a Config option reads them, else in ConfigKeys)");
    }

    @Test
    void declaresBotocoresNestedS3AndProxiesConfigVariablesAsSubOptions() {
        for (ConfigOption<?> dictionary : List.of(ConfigOption.S3, ConfigOption.PROXIES_CONFIG)) {
            JsonNode expected = botocore.get(dictionary.name());
            Set<String> names = new TreeSet<>();
            expected.propertyNames().iterator().forEachRemaining(names::add);
            assertEquals(names, new TreeSet<>(dictionary.subOptions().stream().map(ConfigOption::key).toList()),
                    dictionary.name());
            for (ConfigOption<?> entry : dictionary.subOptions()) {
                JsonNode e = expected.get(entry.key());
                assertEquals(texts(e.get("env")), entry.envVars(), entry.name() + " environment variables");
                assertEquals(texts(e.get("file")), entry.configFileKeys(), entry.name() + " config-file keys");
                assertEquals(entry.configFileKeys(), fileKeys(entry.sessionKey()), entry.name() + " session variable");
            }
        }
    }

    @Test
    void appliesEverySmartDefaultBotocoreApplies() {
        Set<String> expected = new TreeSet<>(texts(botocore.get("smartDefaults")));
        Set<String> declared = new TreeSet<>();
        ConfigKeys.all().stream().map(ConfigKey::defaultsModeName).filter(n -> n != null).forEach(declared::add);
        assertEquals(expected, declared);
    }

    @Test
    void hasABuilderSetterAndAGetterForEveryOptionAndNoneWithoutADeclaration() {
        Set<String> setters = new TreeSet<>();
        for (Method m : Config.Builder.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getReturnType() == Config.Builder.class
                    && !Set.of("option", "set").contains(m.getName())) {
                setters.add(snake(m.getName()));
            }
        }
        Set<String> getters = new TreeSet<>();
        for (Method m : Config.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && ConfigOption.named(snake(m.getName())).isPresent()) {
                getters.add(snake(m.getName()));
            }
        }
        Set<String> declared = new TreeSet<>(Config.optionNames());
        assertEquals(declared, setters, "Config.Builder setters");
        assertEquals(declared, getters, "Config getters");
    }

    @Test
    void namesEveryOptionInSnakeAndKebabCaseWithADescription() {
        for (ConfigOption<?> o : ConfigOption.all()) {
            assertFalse(o.description().isBlank(), o.name());
            assertEquals(o, ConfigOption.named(o.kebabName()).orElseThrow());
            for (ConfigOption<?> sub : o.subOptions()) {
                assertEquals(o, sub.parent().orElseThrow());
                assertEquals(o.name() + "." + sub.key(), sub.name());
                assertEquals(sub, ConfigOption.named(sub.kebabName()).orElseThrow());
                assertFalse(sub.description().isBlank(), sub.name());
            }
        }
        assertEquals("retries.total-max-attempts", ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS.kebabName());
        assertEquals("java.time.Duration", ConfigOption.CONNECT_TIMEOUT.typeName());
        assertEquals("java.util.Map<java.lang.String,java.lang.String>", ConfigOption.PROXIES.typeName());
        assertEquals(List.of("legacy", "standard", "adaptive"), ConfigOption.RETRIES_MODE.allowedValues());
        assertEquals("s3-disable-express-session-auth", ConfigOption.S3_DISABLE_EXPRESS_SESSION_AUTH.kebabName());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> fileKeys(ConfigKey<?> key) {
        return key.profilePaths().stream().map(p -> String.join(".", p)).toList();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
