package io.boto4j.spring.autoconfigure.configimport;

import io.boto4j.spring.autoconfigure.configimport.Boto4jConfigDataResource.Store;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.config.ConfigDataLocation;
import org.springframework.boot.context.config.ConfigDataLocationResolver;
import org.springframework.boot.context.config.ConfigDataLocationResolverContext;

/**
 * Resolves {@code boto4j-secretsmanager:<secret-id>[;<secret-id>...]} and
 * {@code boto4j-parameterstore:<path>[;<path>...]}; each entry may end in {@code ?prefix=<prefix>} to put a
 * prefix before the names of its properties. {@code optional:} is Spring's: a missing secret or path is then
 * skipped instead of failing start-up.
 */
public class Boto4jConfigDataLocationResolver implements ConfigDataLocationResolver<Boto4jConfigDataResource> {
    private static final String PREFIX_OPTION = "?prefix=";

    @Override
    public boolean isResolvable(ConfigDataLocationResolverContext context, ConfigDataLocation location) {
        return store(location) != null;
    }

    @Override
    public List<Boto4jConfigDataResource> resolve(ConfigDataLocationResolverContext context,
                                                  ConfigDataLocation location) {
        Store store = store(location);
        ConnectionSettings connection = ConnectionSettings.resolve(store.service(), context.getBinder(),
                context.getBootstrapContext());
        List<Boto4jConfigDataResource> resources = new ArrayList<>();
        for (String entry : location.getNonPrefixedValue(store.locationPrefix()).split(";")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int option = trimmed.indexOf(PREFIX_OPTION);
            String name = option < 0 ? trimmed : trimmed.substring(0, option);
            String prefix = option < 0 ? "" : trimmed.substring(option + PREFIX_OPTION.length());
            if (name.isEmpty()) {
                throw new IllegalArgumentException("'" + location + "' names no " + (store == Store.SECRETS_MANAGER
                        ? "secret id" : "parameter path") + " before '" + PREFIX_OPTION + "'; write "
                        + store.locationPrefix() + (store == Store.SECRETS_MANAGER ? "my-secret" : "/my/app/")
                        + PREFIX_OPTION + prefix);
            }
            resources.add(new Boto4jConfigDataResource(store, name, prefix, connection, location.isOptional()));
        }
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("'" + location + "' is empty; write " + store.locationPrefix()
                    + (store == Store.SECRETS_MANAGER ? "<secret-id>[;<secret-id>...]" : "<path>[;<path>...]"));
        }
        return resources;
    }

    private static Store store(ConfigDataLocation location) {
        for (Store s : Store.values()) {
            if (location.hasPrefix(s.locationPrefix())) {
                return s;
            }
        }
        return null;
    }
}
