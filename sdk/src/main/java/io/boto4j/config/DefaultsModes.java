package io.boto4j.config;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.InvalidDefaultsMode;
import io.boto4j.internal.json.JsonTrees;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * botocore's smart defaults: the values a defaults mode (other than {@code legacy}) puts beneath every chain,
 * read from {@code sdk-default-configuration.json} (the caller loads it; {@code config} does not import
 * {@code loader}).
 */
public final class DefaultsModes {
    private final JsonNode data;
    private final Set<String> modes;
    // per-mode results, so creating a client never walks the JSON again
    private final Map<String, Map<ConfigKey<?>, Object>> defaultsByMode = new ConcurrentHashMap<>();

    /**
     * The modes of {@code sdk-default-configuration.json}, given as the map its JSON reads as ({@code base},
     * {@code modes}, ...); an empty map knows only {@code legacy} and {@code auto}.
     */
    public static DefaultsModes of(Map<String, ?> sdkDefaultConfiguration) {
        return new DefaultsModes(JsonTrees.fromJava(sdkDefaultConfiguration));
    }

    DefaultsModes(JsonNode sdkDefaultConfiguration) {
        this.data = sdkDefaultConfiguration;
        Set<String> names = new TreeSet<>(Set.of("legacy", "auto"));
        for (Iterator<String> it = data.path("modes").propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        this.modes = Collections.unmodifiableSet(names);
    }

    /** Every mode name accepted: those in the data plus {@code legacy} and {@code auto}. */
    public Set<String> modes() {
        return modes;
    }

    /** Lower-cases and checks a mode name. */
    public String validate(String mode) {
        String m = mode.toLowerCase(Locale.ROOT);
        if (!modes().contains(m)) {
            throw new InvalidDefaultsMode("Invalid defaults mode '" + mode + "'; valid modes are " + modes());
        }
        return m;
    }

    /**
     * {@code auto} resolved: in-region or cross-region against the region of the environment (only inside an AWS
     * execution environment) or of the instance metadata, else {@code standard}.
     */
    public static String resolveAuto(String clientRegion, Map<String, String> env, Supplier<String> imdsRegion) {
        String current = null;
        if (env.get("AWS_EXECUTION_ENV") != null && !env.get("AWS_EXECUTION_ENV").isEmpty()) {
            current = env.getOrDefault("AWS_REGION", env.get("AWS_DEFAULT_REGION"));
        }
        if ((current == null || current.isEmpty()) && imdsRegion != null) {
            try {
                current = imdsRegion.get();
            } catch (RuntimeException unreachable) {
                current = null;
            }
        }
        if (current == null || current.isEmpty()) {
            return "standard";
        }
        return current.equals(clientRegion) ? "in-region" : "cross-region";
    }

    /** The low-priority defaults a (resolved, non-legacy, non-auto) mode installs, keyed by config variable. */
    public Map<ConfigKey<?>, Object> defaultsFor(String mode) {
        return defaultsByMode.computeIfAbsent(mode, this::computeDefaults);
    }

    private Map<ConfigKey<?>, Object> computeDefaults(String mode) {
        Map<ConfigKey<?>, Object> out = new HashMap<>();
        if (mode.equals("legacy")) {
            return out;
        }
        JsonNode base = data.path("base");
        JsonNode overrides = data.path("modes").path(mode);
        // every session variable that names a smart default, whether a Config option's or a session-only one
        for (ConfigKey<?> key : ConfigKeys.all()) {
            if (key.defaultsModeName() == null) {
                continue;
            }
            JsonNode v = value(base, overrides, key.defaultsModeName());
            Object smart = v == null ? null : key.defaultsModeValue(v.isNumber() ? v.numberValue() : v.asString());
            if (smart != null) {
                out.put(key, smart);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A mode's value: base, then the mode's override/multiply/add modifier. */
    private static JsonNode value(JsonNode base, JsonNode overrides, String name) {
        JsonNode v = base.get(name);
        JsonNode mod = overrides.get(name);
        if (mod == null || v == null) {
            return v;
        }
        if (mod.has("override")) {
            return mod.get("override");
        }
        if (mod.has("multiply")) {
            return io.boto4j.internal.json.JsonTrees.number(v.asDouble() * mod.get("multiply").asDouble());
        }
        if (mod.has("add")) {
            return io.boto4j.internal.json.JsonTrees.number(v.asDouble() + mod.get("add").asDouble());
        }
        return v;
    }
}
