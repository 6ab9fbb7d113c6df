package io.boto4j.spring.autoconfigure.configimport;

import java.util.Map;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The properties of one imported secret or parameter path. Its name starts with the location's prefix, which is
 * how {@code /actuator/env} masking recognises it; {@link #toString()} lists no value.
 */
public final class ImportedPropertySource extends EnumerablePropertySource<Map<String, String>> {
    ImportedPropertySource(String name, Map<String, String> values) {
        super(name, Map.copyOf(values));
    }

    @Override
    public String[] getPropertyNames() {
        return getSource().keySet().toArray(String[]::new);
    }

    @Override
    public Object getProperty(String name) {
        return getSource().get(name);
    }

    @Override
    public String toString() {
        return "ImportedPropertySource[" + getName() + ", " + getSource().size() + " properties]";
    }
}
