package io.boto4j.spring.autoconfigure.configimport;

import io.boto4j.client.Client;
import io.boto4j.exception.ClientError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.config.ConfigData;
import org.springframework.boot.context.config.ConfigDataLoader;
import org.springframework.boot.context.config.ConfigDataLoaderContext;
import org.springframework.boot.context.config.ConfigDataResourceNotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an imported secret or parameter path through a boto4j client. A secret whose value is a JSON object gives
 * one property per member (nested members joined with dots); any other secret gives one property named by the
 * secret id. Parameters under a path are named by the rest of their name, slashes as dots. Values go into the
 * property source only: nothing here logs them.
 */
public class Boto4jConfigDataLoader implements ConfigDataLoader<Boto4jConfigDataResource> {
    /**
     * Built when a secret is first read, not with the loader: Spring instantiates every registered loader at start-up
     * whether or not anything is imported, and a first mapper costs some 130 ms of CPU (Jackson's classes).
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    @Override
    public ConfigData load(ConfigDataLoaderContext context, Boto4jConfigDataResource resource) {
        Map<String, String> values;
        try (Client client = resource.connection().client(resource.getStore().service())) {
            values = switch (resource.getStore()) {
                case SECRETS_MANAGER -> secret(client, resource);
                case PARAMETER_STORE -> parameters(client, resource);
            };
        }
        return new ConfigData(List.of(new ImportedPropertySource(resource.toString(), values)));
    }

    private static Map<String, String> secret(Client client, Boto4jConfigDataResource resource) {
        Map<String, Object> response;
        try {
            response = client.call("GetSecretValue", Map.of("SecretId", resource.getName()));
        } catch (ClientError e) {
            if ("ResourceNotFoundException".equals(e.getErrorCode())) {
                throw new ConfigDataResourceNotFoundException(resource, e);
            }
            throw e;
        }
        Object text = response.get("SecretString");
        Map<String, String> values = new LinkedHashMap<>();
        if (text instanceof String s) {
            JsonNode tree = parseObject(s);
            if (tree != null) {
                flatten(resource.getPrefix(), tree, values);
            } else {
                values.put(resource.getPrefix() + resource.getName(), s);
            }
        }
        return values;
    }

    private static JsonNode parseObject(String s) {
        if (!s.trim().startsWith("{")) {
            return null;
        }
        try {
            JsonNode tree = Mapper.JSON.readTree(s);
            return tree.isObject() ? tree : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        node.properties().iterator().forEachRemaining(field -> {
            String name = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(name + ".", field.getValue(), into);
            } else {
                into.put(name, field.getValue().isString() ? field.getValue().asString() : field.getValue().toString());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> parameters(Client client, Boto4jConfigDataResource resource) {
        String path = resource.getName().endsWith("/") ? resource.getName() : resource.getName() + "/";
        Map<String, String> values = new LinkedHashMap<>();
        String next = null;
        do {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("Path", resource.getName());
            request.put("Recursive", true);
            request.put("WithDecryption", true);
            if (next != null) {
                request.put("NextToken", next);
            }
            Map<String, Object> page = client.call("GetParametersByPath", request);
            for (Map<String, Object> parameter : (List<Map<String, Object>>) page.getOrDefault("Parameters", List.of())) {
                String name = (String) parameter.get("Name");
                String relative = name.startsWith(path) ? name.substring(path.length()) : name;
                values.put(resource.getPrefix() + relative.replace('/', '.'), String.valueOf(parameter.get("Value")));
            }
            next = (String) page.get("NextToken");
        } while (next != null && !next.isEmpty());
        if (values.isEmpty()) {
            throw new ConfigDataResourceNotFoundException(resource);
        }
        return values;
    }
}
