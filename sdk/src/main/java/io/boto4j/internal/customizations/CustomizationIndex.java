package io.boto4j.internal.customizations;

import io.boto4j.exception.BotoCoreError;
import io.boto4j.model.ServiceModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which {@link ServiceCustomization}s a service has, from the index files {@value #RESOURCE} on the class path
 * (one per jar that brings customizations): lines of {@code <service name> <class name>}, {@code #} comments. A
 * customization is created the first time a client of one of its services is, so a process that makes an SQS
 * client loads SQS's customization and no other; {@link java.util.ServiceLoader} would load and instantiate every
 * service's on the first client. Instances are shared by all clients, as the customizations hold no state.
 */
public final class CustomizationIndex {
    public static final String RESOURCE = "META-INF/boto4j/service-customizations";

    private final Map<String, List<String>> classNamesByService;
    private final ClassLoader loader;
    private final Map<String, ServiceCustomization> instances = new ConcurrentHashMap<>();

    CustomizationIndex(Map<String, List<String>> classNamesByService, ClassLoader loader) {
        this.classNamesByService = classNamesByService;
        this.loader = loader;
    }

    /** The index of every {@value #RESOURCE} file {@code loader} sees. */
    public static CustomizationIndex load(ClassLoader loader) {
        Map<String, List<String>> byService = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (InputStream in = file.openStream()) {
                    parse(file.toString(), in, byService);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the service customization index " + RESOURCE, e);
        }
        return new CustomizationIndex(byService, loader);
    }

    static void parse(String source, InputStream in, Map<String, List<String>> into) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNumber++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            // split by hand: a regex here would be compiled by every process's first client
            int space = 0;
            while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
                space++;
            }
            String service = text.substring(0, space);
            String className = text.substring(space).strip();
            if (className.isEmpty() || className.indexOf(' ') >= 0 || className.indexOf('\t') >= 0) {
                throw new BotoCoreError(source + " line " + lineNumber
                        + ": expected '<service name> <customization class name>', got '" + text + "'");
            }
            List<String> names = into.get(service);
            if (names == null) {
                names = new ArrayList<>(1);
                into.put(service, names);
            }
            if (!names.contains(className)) {
                names.add(className);
            }
        }
    }

    /** The customizations of the model's service that say they apply to it, in index order. */
    public List<ServiceCustomization> forService(ServiceModel model) {
        List<String> names = classNamesByService.get(model.serviceName());
        if (names == null) {
            return List.of();
        }
        List<ServiceCustomization> out = new ArrayList<>(names.size());
        for (String name : names) {
            ServiceCustomization c = instance(name);
            if (c.appliesTo(model)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every indexed service name with its customization class names, for tools and tests. */
    public Map<String, List<String>> entries() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : classNamesByService.entrySet()) {
            out.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return out;
    }

    private ServiceCustomization instance(String className) {
        ServiceCustomization c = instances.get(className);
        if (c == null) {
            // created outside the map's lock: two racing clients may both create one; the first stored wins
            ServiceCustomization created = create(className);
            c = instances.putIfAbsent(className, created);
            if (c == null) {
                c = created;
            }
        }
        return c;
    }

    private ServiceCustomization create(String className) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!ServiceCustomization.class.isAssignableFrom(type)) {
                throw new BotoCoreError(RESOURCE + " names " + className + ", which is not a "
                        + ServiceCustomization.class.getName());
            }
            return (ServiceCustomization) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new BotoCoreError(RESOURCE + " names " + className + ", which is not on the class path", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new BotoCoreError(RESOURCE + " names " + className
                    + ", which has no public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new BotoCoreError("Creating the service customization " + className + " failed: "
                    + e.getCause(), e.getCause());
        }
    }
}
