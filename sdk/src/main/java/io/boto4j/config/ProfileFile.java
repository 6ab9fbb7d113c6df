package io.boto4j.config;

import io.boto4j.exception.ConfigNotFound;
import io.boto4j.exception.ConfigParseError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed shared file. For the config file ({@link #readConfig}) sections are sorted as botocore sorts them:
 * {@code [default]} and {@code [profile x]} into {@link #profiles()}, {@code [sso-session x]} into
 * {@link #ssoSessions()}, {@code [services x]} into {@link #services()}, anything else into
 * {@link #otherSections()}. The credentials file ({@link #readCredentials}) uses bare section names as profile names.
 * Values are strings, or maps of strings for nested sub-sections ({@code s3 =} followed by indented lines).
 */
public final class ProfileFile {
    private static final ProfileFile EMPTY = new ProfileFile(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, Map<String, Object>> profiles;
    private final Map<String, Map<String, Object>> ssoSessions;
    private final Map<String, Map<String, Object>> services;
    private final Map<String, Map<String, Object>> otherSections;

    private ProfileFile(Map<String, Map<String, Object>> profiles, Map<String, Map<String, Object>> ssoSessions,
                        Map<String, Map<String, Object>> services, Map<String, Map<String, Object>> otherSections) {
        this.profiles = Collections.unmodifiableMap(profiles);
        this.ssoSessions = Collections.unmodifiableMap(ssoSessions);
        this.services = Collections.unmodifiableMap(services);
        this.otherSections = Collections.unmodifiableMap(otherSections);
    }

    public static ProfileFile empty() {
        return EMPTY;
    }

    /** Reads a config file; a missing file is empty, as botocore treats it. */
    public static ProfileFile readConfig(Path path) {
        byte[] bytes = read(path);
        return bytes == null ? EMPTY : parseConfig(path, bytes);
    }

    /** Reads a config file that must exist; a missing one raises {@link ConfigNotFound}. */
    public static ProfileFile loadConfig(Path path) {
        byte[] bytes = read(path);
        if (bytes == null) {
            throw new ConfigNotFound("The specified config file (" + path + ") could not be found.");
        }
        return parseConfig(path, bytes);
    }

    /**
     * Reads several config files in precedence order, skipping missing ones: a profile (or other section) comes
     * whole from the first file that has it; profiles are never merged key by key.
     */
    public static ProfileFile readConfigs(List<Path> paths) {
        Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
        Map<String, Map<String, Object>> sso = new LinkedHashMap<>();
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        Map<String, Map<String, Object>> other = new LinkedHashMap<>();
        for (Path p : paths) {
            ProfileFile f = readConfig(p);
            addAbsent(profiles, f.profiles);
            addAbsent(sso, f.ssoSessions);
            addAbsent(services, f.services);
            addAbsent(other, f.otherSections);
        }
        return new ProfileFile(profiles, sso, services, other);
    }

    private static void addAbsent(Map<String, Map<String, Object>> into, Map<String, Map<String, Object>> sections) {
        for (Map.Entry<String, Map<String, Object>> e : sections.entrySet()) {
            into.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    /** Reads a credentials file: every section is a profile under its bare name; a missing file is empty. */
    public static ProfileFile readCredentials(Path path) {
        byte[] bytes = read(path);
        return bytes == null ? EMPTY : parseCredentials(path, bytes);
    }

    /** Parses config-file text; {@code source} names the file in error messages. */
    public static ProfileFile parseConfig(Path source, byte[] bytes) {
        Map<String, Map<String, Object>> raw = IniParser.parse(source, bytes, true);
        Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
        Map<String, Map<String, Object>> sso = new LinkedHashMap<>();
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        Map<String, Map<String, Object>> other = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : raw.entrySet()) {
            String header = e.getKey();
            Map<String, Map<String, Object>> target;
            if (header.startsWith("profile")) {
                target = profiles;
            } else if (header.startsWith("sso-session")) {
                target = sso;
            } else if (header.startsWith("services")) {
                target = services;
            } else {
                (header.equals("default") ? profiles : other).put(header, e.getValue());
                continue;
            }
            String name = SectionNames.nameOf(header);
            if (name != null) {
                target.put(name, e.getValue());
            }
        }
        return new ProfileFile(profiles, sso, services, other);
    }

    /** Parses credentials-file text; {@code source} names the file in error messages. */
    public static ProfileFile parseCredentials(Path source, byte[] bytes) {
        return new ProfileFile(IniParser.parse(source, bytes, true), Map.of(), Map.of(), Map.of());
    }

    /** The raw sections of an INI file without botocore's profile mapping; {@code parseSubsections} as botocore's flag. */
    public static Map<String, Map<String, Object>> rawSections(Path source, byte[] bytes, boolean parseSubsections) {
        return IniParser.parse(source, bytes, parseSubsections);
    }

    /** The file's bytes, or null when there is no such file. */
    private static byte[] read(Path path) {
        if (path == null || !Files.isRegularFile(path)) {
            return null;
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ConfigParseError("Unable to read config file: " + path + ": " + e.getMessage(), e);
        }
    }

    public Map<String, Map<String, Object>> profiles() {
        return profiles;
    }

    public Map<String, Map<String, Object>> ssoSessions() {
        return ssoSessions;
    }

    public Map<String, Map<String, Object>> services() {
        return services;
    }

    public Map<String, Map<String, Object>> otherSections() {
        return otherSections;
    }

    /**
     * This file's profiles overlaid with {@code credentials}' (a key in both takes the credentials file's value),
     * which is the profile map botocore's session works from.
     */
    public ProfileFile withCredentials(ProfileFile credentials) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> e : profiles.entrySet()) {
            merged.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
        }
        for (Map.Entry<String, Map<String, Object>> e : credentials.profiles.entrySet()) {
            Map<String, Object> values = merged.get(e.getKey());
            if (values == null) {
                values = new LinkedHashMap<>();
                merged.put(e.getKey(), values);
            }
            values.putAll(e.getValue());
        }
        for (Map.Entry<String, Map<String, Object>> e : merged.entrySet()) {
            e.setValue(Collections.unmodifiableMap(e.getValue()));
        }
        return new ProfileFile(merged, ssoSessions, services, otherSections);
    }

    @Override
    public String toString() {
        // values may be secrets: name the sections only
        return "ProfileFile[profiles=" + profiles.keySet() + ", ssoSessions=" + ssoSessions.keySet()
                + ", services=" + services.keySet() + "]";
    }
}
