package io.boto4j.internal.loader;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.DataNotFoundError;
import io.boto4j.exception.ModelError;
import io.boto4j.exception.UnknownServiceError;
import io.boto4j.internal.names.ClosestNames;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.json.JsonMerge;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and reads botocore-format model data, with botocore's search semantics: the entries of
 * {@code AWS_DATA_PATH} (or the {@code data_path} setting), then {@code ~/.aws/models}, then the bundled
 * {@code boto4j-models} jar; the first root that holds a file wins. Returns JSON trees or raw bytes, never
 * model objects. Loaders are cached per search path for the life of the JVM, and so is what they read: the
 * same {@link ServiceData} (the same byte array) comes back for the same file, which lets the model layer
 * share one indexed model per file.
 */
public final class Loader {
    /** botocore only knows one extras type. */
    private static final List<String> EXTRAS_TYPES = List.of("sdk");
    private static final Map<List<String>, Loader> LOADERS = new ConcurrentHashMap<>();

    private final List<DataRoot> roots;
    private final Map<String, List<String>> availableServices = new ConcurrentHashMap<>();
    private final Map<String, List<String>> apiVersions = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> dataCache = new ConcurrentHashMap<>();
    private final Map<String, ServiceData> serviceDataCache = new ConcurrentHashMap<>();

    /** A loader over the given roots, searched in order; it caches what it reads for its own lifetime. */
    public Loader(List<DataRoot> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * A new, uncached-by-the-JVM loader with botocore's search order: each of {@code dataPath} (what
     * {@code AWS_DATA_PATH} lists), then {@code customerModels} (normally {@code ~/.aws/models}; null to
     * leave out), then the bundled data when {@code includeBundled}. For tests and for callers that manage
     * the loader's lifetime themselves.
     */
    public static Loader create(List<Path> dataPath, Path customerModels, boolean includeBundled) {
        List<DataRoot> roots = new ArrayList<>();
        for (Path p : dataPath) {
            roots.add(DataRoot.directory(p));
        }
        if (customerModels != null) {
            roots.add(DataRoot.directory(customerModels));
        }
        if (includeBundled) {
            DataRoot bundled = DataRoot.bundled();
            if (bundled != null) {
                roots.add(bundled);
            }
        }
        return new Loader(roots);
    }

    /**
     * The JVM-wide loader for the given extra search paths (the {@code data_path} setting, already split),
     * followed by {@code ~/.aws/models} and the bundled data.
     */
    public static Loader forSearchPaths(List<String> extraPaths) {
        // get-then-put, not computeIfAbsent: its lambda would spin a class on every fresh JVM's first session
        List<String> key = List.copyOf(extraPaths);
        Loader loader = LOADERS.get(key);
        if (loader == null) {
            Loader built = build(key);
            loader = LOADERS.putIfAbsent(key, built);
            if (loader == null) {
                loader = built;
            }
        }
        return loader;
    }

    /** The loader for {@code AWS_DATA_PATH} as this process's environment sets it. */
    public static Loader fromEnvironment() {
        return forSearchPaths(splitDataPath(System.getenv("AWS_DATA_PATH")));
    }

    /** Splits a {@code data_path} value on the platform's path separator, expanding a leading {@code ~}. */
    public static List<String> splitDataPath(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : value.split(File.pathSeparator)) {
            if (!p.isBlank()) {
                out.add(expandUser(p.trim()));
            }
        }
        return out;
    }

    private static String expandUser(String p) {
        if (p.equals("~") || p.startsWith("~/")) {
            return System.getProperty("user.home") + p.substring(1);
        }
        return p;
    }

    private static Loader build(List<String> extraPaths) {
        List<Path> paths = new ArrayList<>();
        for (String p : extraPaths) {
            paths.add(Path.of(p));
        }
        return create(paths, Path.of(System.getProperty("user.home"), ".aws", "models"), true);
    }

    public List<DataRoot> roots() {
        return roots;
    }

    /** Sorted names of the services that have a file of the given type (e.g. {@code service-2}). */
    public List<String> listAvailableServices(String typeName) {
        List<String> known = availableServices.get(typeName);
        if (known == null) {
            known = scanServices(typeName);
            availableServices.putIfAbsent(typeName, known);
        }
        return known;
    }

    private List<String> scanServices(String typeName) {
        TreeSet<String> services = new TreeSet<>();
        for (DataRoot root : roots) {
            for (String service : root.services()) {
                for (String version : root.apiVersions(service)) {
                    if (root.exists(service + "/" + version + "/" + typeName + ".json")) {
                        services.add(service);
                        break;
                    }
                }
            }
        }
        return List.copyOf(services);
    }

    /** The api versions of a service that have a file of the type, newest first. */
    public List<String> listApiVersions(String service, String typeName) {
        String key = service + "/" + typeName;
        List<String> known = apiVersions.get(key);
        if (known == null) {
            known = scanApiVersions(service, typeName);
            apiVersions.putIfAbsent(key, known);
        }
        return known;
    }

    private List<String> scanApiVersions(String service, String typeName) {
        TreeSet<String> versions = new TreeSet<>(Comparator.reverseOrder());
        for (DataRoot root : roots) {
            for (String version : root.apiVersions(service)) {
                if (root.exists(service + "/" + version + "/" + typeName + ".json")) {
                    versions.add(version);
                }
            }
        }
        return List.copyOf(versions);
    }

    public String determineLatestVersion(String service, String typeName) {
        List<String> versions = listApiVersions(service, typeName);
        if (versions.isEmpty()) {
            throw new DataNotFoundError("No " + typeName + " data for service '" + service + "'; searched: " + searched());
        }
        return versions.get(0);
    }

    /**
     * The raw bytes of a model file and the roots it came from, decompressed, extras not merged; the
     * newest api version unless one is given. Service names are checked first, as botocore does.
     */
    public ServiceData loadServiceData(String service, String typeName, String apiVersion) {
        checkService(service, typeName);
        String version = apiVersion != null ? apiVersion : determineLatestVersion(service, typeName);
        String key = service + "/" + version + "/" + typeName;
        ServiceData cached = serviceDataCache.get(key);
        if (cached != null) {
            return cached;
        }
        ServiceData data = readServiceData(service, typeName, version);
        ServiceData prior = serviceDataCache.putIfAbsent(key, data);
        return prior != null ? prior : data;
    }

    private ServiceData readServiceData(String service, String typeName, String version) {
        String path = service + "/" + version + "/" + typeName + ".json";
        Located main = locate(path);
        List<JsonNode> extras = new ArrayList<>();
        for (String extrasType : EXTRAS_TYPES) {
            String extrasPath = service + "/" + version + "/" + typeName + "." + extrasType + "-extras.json";
            Located found = locateOrNull(extrasPath);
            if (found != null) {
                extras.add(parse(found));
            }
        }
        return new ServiceData(service, version, typeName, main.bytes, main.origin, extras);
    }

    /**
     * A service's model file of the given type as a JSON tree, with its extras merged as botocore does
     * ({@code merge} sections deep-merged over the model). Cached.
     */
    public JsonNode loadServiceModel(String service, String typeName, String apiVersion) {
        checkService(service, typeName);
        String version = apiVersion != null ? apiVersion : determineLatestVersion(service, typeName);
        String key = service + "/" + version + "/" + typeName;
        JsonNode cached = dataCache.get(key);
        if (cached != null) {
            return cached;
        }
        ServiceData data = loadServiceData(service, typeName, version);
        JsonNode tree = parse(new Located(data.bytes(), data.origin()));
        for (JsonNode extras : data.extras()) {
            mergeExtras(tree, extras);
        }
        dataCache.putIfAbsent(key, tree);
        return tree;
    }

    /** True if the service has a file of the given type at the given (or newest) version. */
    public boolean hasServiceFile(String service, String typeName, String apiVersion) {
        String version = apiVersion;
        if (version == null) {
            List<String> versions = listApiVersions(service, "service-2");
            if (versions.isEmpty()) {
                return false;
            }
            version = versions.get(0);
        }
        String path = service + "/" + version + "/" + typeName + ".json";
        for (DataRoot root : roots) {
            if (root.exists(path)) {
                return true;
            }
        }
        return false;
    }

    /** A data file by its path without extension, e.g. {@code partitions} or {@code endpoints}. Cached. */
    public JsonNode loadData(String name) {
        JsonNode cached = dataCache.get(name);
        if (cached != null) {
            return cached;
        }
        JsonNode tree = parse(locate(name + ".json"));
        dataCache.putIfAbsent(name, tree);
        return tree;
    }

    /** Merges an extras file into a model tree: each key of {@code merge} overrides, maps merge deeply. */
    public static void mergeExtras(JsonNode model, JsonNode extras) {
        JsonNode merge = extras.get("merge");
        if (merge != null && model instanceof ObjectNode target) {
            JsonMerge.deepMerge(target, merge);
        }
    }

    private void checkService(String service, String typeName) {
        if (!listApiVersions(service, typeName).isEmpty()) {
            // known: the same answer as the list below, without reading every service's entry
            return;
        }
        List<String> known = listAvailableServices(typeName);
        if (Collections.binarySearch(known, service) < 0) {
            throw new UnknownServiceError(service, ClosestNames.suggest(service, known), known);
        }
    }

    private record Located(byte[] bytes, String origin) {
    }

    private Located locate(String path) {
        Located found = locateOrNull(path);
        if (found == null) {
            throw new DataNotFoundError("Unable to load data for: " + path + "; searched (as .json and .json.gz): "
                    + searched());
        }
        return found;
    }

    private Located locateOrNull(String path) {
        for (DataRoot root : roots) {
            byte[] bytes = root.read(path);
            if (bytes != null) {
                return new Located(bytes, root.describe() + "/" + path);
            }
        }
        return null;
    }

    private String searched() {
        List<String> where = new ArrayList<>();
        for (DataRoot r : roots) {
            where.add(r.describe());
        }
        return String.join(", ", where);
    }

    private static JsonNode parse(Located located) {
        try {
            return Objects.requireNonNull(Json.parse(located.bytes), "empty document");
        } catch (IOException | RuntimeException e) {
            throw new ModelError("Invalid model file " + located.origin + ": " + e.getMessage(), e);
        }
    }
}
