package io.boto4j.internal.loader;

import tools.jackson.core.JacksonException;

import tools.jackson.databind.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The data bundled in the {@code boto4j-models} jar under {@code boto4j-data/}: every file gzip-compressed,
 * listed by {@code index.json} (so no directory listing of a jar is needed).
 */
final class ClasspathDataRoot implements DataRoot {
    static final String PREFIX = "boto4j-data/";

    private final ClassLoader classLoader;
    private final Map<String, List<String>> versionsByService = new LinkedHashMap<>();
    private final Set<String> files = new HashSet<>();

    private ClasspathDataRoot(ClassLoader classLoader, JsonNode index) {
        this.classLoader = classLoader;
        index.path("files").forEach(f -> files.add(f.asString()));
        for (Iterator<Map.Entry<String, JsonNode>> it = index.path("services").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            List<String> versions = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> v = service.getValue().properties().iterator(); v.hasNext(); ) {
                Map.Entry<String, JsonNode> version = v.next();
                versions.add(version.getKey());
                version.getValue().forEach(f -> files.add(service.getKey() + "/" + version.getKey() + "/" + f.asString()));
            }
            versionsByService.put(service.getKey(), List.copyOf(versions));
        }
    }

    private static final class Holder {
        static final ClasspathDataRoot SHARED = find(ClasspathDataRoot.class.getClassLoader());
    }

    /** The bundled data of this class's loader, read once per JVM; null without a {@code boto4j-models} jar. */
    static ClasspathDataRoot shared() {
        return Holder.SHARED;
    }

    /** The bundled data, or null when no {@code boto4j-models} jar is on the class path. */
    static ClasspathDataRoot find(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(PREFIX + "index.json")) {
            if (in == null) {
                return null;
            }
            return new ClasspathDataRoot(classLoader, Json.parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled model index " + PREFIX + "index.json is unreadable", e);
        }
    }

    @Override
    public byte[] read(String logicalPath) {
        if (!files.contains(logicalPath)) {
            return null;
        }
        String resource = PREFIX + logicalPath + ".gz";
        try (InputStream raw = classLoader.getResourceAsStream(resource)) {
            if (raw == null) {
                return null;
            }
            try (InputStream in = new GZIPInputStream(raw, 65536)) {
                return in.readAllBytes();
            }
        } catch (IOException | JacksonException e) {
            throw new ModelError("Cannot read model file classpath:" + resource + ": " + e, e);
        }
    }

    @Override
    public boolean exists(String logicalPath) {
        return files.contains(logicalPath);
    }

    @Override
    public List<String> services() {
        return List.copyOf(versionsByService.keySet());
    }

    @Override
    public List<String> apiVersions(String service) {
        return versionsByService.getOrDefault(service, List.of());
    }

    @Override
    public String describe() {
        return "classpath:" + PREFIX + " (boto4j-models)";
    }
}
