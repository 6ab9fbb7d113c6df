package io.boto4j.internal.loader;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The data bundled in the {@code boto4j-models} jar under {@code boto4j-data/}: every file gzip-compressed,
 * listed by {@code index.txt} (or, in older jars, {@code index.json}) so no directory listing of a jar is needed.
 * The text index is read per service when a service is first asked for: a process that makes one client
 * reads one line of it, not 424 services' worth of names.
 */
final class ClasspathDataRoot implements DataRoot {
    static final String PREFIX = "boto4j-data/";
    private static final ServiceFiles NONE = new ServiceFiles(List.of(), Set.of());

    private final ClassLoader classLoader;
    /** index.txt, one line per service version ("service version file..."); null for an index.json jar. */
    private final String lines;
    private final Set<String> topLevelFiles = new HashSet<>();
    private final Map<String, ServiceFiles> byService = new ConcurrentHashMap<>();
    private volatile List<String> services;

    /** A service's api versions and its files as "version/file". */
    private record ServiceFiles(List<String> versions, Set<String> files) {
    }

    private ClasspathDataRoot(ClassLoader classLoader, String lines) {
        this.classLoader = classLoader;
        this.lines = lines;
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
        // plain lines first: a JSON parser costs a cold JVM more than the whole index is worth
        try (InputStream in = classLoader.getResourceAsStream(PREFIX + "index.txt")) {
            if (in != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!text.startsWith("* ")) {
                    throw new ModelError("Invalid model index " + PREFIX + "index.txt: it does not start with the "
                            + "'* ' line of top-level files; rebuild the boto4j-models jar");
                }
                ClasspathDataRoot root = new ClasspathDataRoot(classLoader, text);
                int end = text.indexOf('\n');
                for (String f : text.substring(2, end < 0 ? text.length() : end).trim().split(" ")) {
                    root.topLevelFiles.add(f);
                }
                return root;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled model index " + PREFIX + "index.txt is unreadable", e);
        }
        try (InputStream in = classLoader.getResourceAsStream(PREFIX + "index.json")) {
            if (in == null) {
                return null;
            }
            ClasspathDataRoot root = new ClasspathDataRoot(classLoader, null);
            root.indexJson(Json.parse(in.readAllBytes()));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled model index " + PREFIX + "index.json is unreadable", e);
        }
    }

    /** The whole index from {@code index.json}, as models jars older than {@code index.txt} have it. */
    private void indexJson(JsonNode index) {
        index.path("files").forEach(f -> topLevelFiles.add(f.asString()));
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = index.path("services").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            List<String> versions = new ArrayList<>();
            Set<String> files = new HashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> v = service.getValue().properties().iterator(); v.hasNext(); ) {
                Map.Entry<String, JsonNode> version = v.next();
                versions.add(version.getKey());
                version.getValue().forEach(f -> files.add(version.getKey() + "/" + f.asString()));
            }
            names.add(service.getKey());
            byService.put(service.getKey(), new ServiceFiles(List.copyOf(versions), files));
        }
        services = List.copyOf(names);
    }

    private ServiceFiles serviceFiles(String service) {
        ServiceFiles known = byService.get(service);
        if (known != null) {
            return known;
        }
        if (lines == null || service.isEmpty() || service.indexOf(' ') >= 0 || service.indexOf('\n') >= 0) {
            return NONE;
        }
        // a service's lines are adjacent (the index is sorted), each "\nservice version file..."
        String head = "\n" + service + " ";
        List<String> versions = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (int at = lines.indexOf(head); at >= 0; at = lines.startsWith(head, at) ? at : -1) {
            int start = at + head.length();
            int end = lines.indexOf('\n', start);
            if (end < 0) {
                end = lines.length();
            }
            String[] words = lines.substring(start, end).trim().split(" ");
            String version = words[0];
            if (version.isEmpty()) {
                throw new ModelError("Invalid model index " + PREFIX + "index.txt: service '" + service
                        + "' has a line without an api version");
            }
            versions.add(version);
            for (int i = 1; i < words.length; i++) {
                files.add(version + "/" + words[i]);
            }
            at = end;
        }
        ServiceFiles found = versions.isEmpty() ? NONE : new ServiceFiles(List.copyOf(versions), files);
        byService.putIfAbsent(service, found);
        return found;
    }

    @Override
    public byte[] read(String logicalPath) {
        if (!exists(logicalPath)) {
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
        int slash = logicalPath.indexOf('/');
        if (slash < 0) {
            return topLevelFiles.contains(logicalPath);
        }
        return serviceFiles(logicalPath.substring(0, slash)).files().contains(logicalPath.substring(slash + 1));
    }

    @Override
    public List<String> services() {
        List<String> all = services;
        if (all == null) {
            Set<String> names = new LinkedHashSet<>();
            for (int at = lines.indexOf('\n'); at >= 0 && at + 1 < lines.length(); at = lines.indexOf('\n', at + 1)) {
                int space = lines.indexOf(' ', at + 1);
                int end = lines.indexOf('\n', at + 1);
                if (space > at + 1 && (end < 0 || space < end)) {
                    names.add(lines.substring(at + 1, space));
                }
            }
            all = List.copyOf(names);
            services = all;
        }
        return all;
    }

    @Override
    public List<String> apiVersions(String service) {
        return serviceFiles(service).versions();
    }

    @Override
    public String describe() {
        return "classpath:" + PREFIX + " (boto4j-models)";
    }
}
