package io.boto4j.spring.autoconfigure.configimport;

import java.util.Objects;
import org.springframework.boot.context.config.ConfigDataResource;

/** One secret or one parameter path to import, with where to read it from and the prefix of its properties. */
public final class Boto4jConfigDataResource extends ConfigDataResource {
    /** The two stores an import can name. */
    public enum Store {
        SECRETS_MANAGER("boto4j-secretsmanager:", "secretsmanager"),
        PARAMETER_STORE("boto4j-parameterstore:", "ssm");

        private final String locationPrefix;
        private final String service;

        Store(String locationPrefix, String service) {
            this.locationPrefix = locationPrefix;
            this.service = service;
        }

        public String locationPrefix() {
            return locationPrefix;
        }

        public String service() {
            return service;
        }
    }

    private final Store store;
    private final String name;
    private final String prefix;
    private final ConnectionSettings connection;

    Boto4jConfigDataResource(Store store, String name, String prefix, ConnectionSettings connection, boolean optional) {
        super(optional);
        this.store = store;
        this.name = name;
        this.prefix = prefix;
        this.connection = connection;
    }

    public Store getStore() {
        return store;
    }

    /** The secret id, or the parameter path. */
    public String getName() {
        return name;
    }

    /** Put before every property name the import produces; empty for none. */
    public String getPrefix() {
        return prefix;
    }

    ConnectionSettings connection() {
        return connection;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Boto4jConfigDataResource r && store == r.store && name.equals(r.name)
                && prefix.equals(r.prefix) && connection.equals(r.connection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(store, name, prefix, connection);
    }

    @Override
    public String toString() {
        return store.locationPrefix() + name + (prefix.isEmpty() ? "" : "?prefix=" + prefix);
    }
}
