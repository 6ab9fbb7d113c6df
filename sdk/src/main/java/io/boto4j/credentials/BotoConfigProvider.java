package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;
import io.boto4j.config.ProfileFile;
import io.boto4j.exception.PartialCredentialsError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** boto2's config file: {@code BOTO_CONFIG}, else {@code /etc/boto.cfg} then {@code ~/.boto}, section {@code [Credentials]}. */
final class BotoConfigProvider implements CredentialsProvider {
    static final String METHOD = "boto-config";

    private final ConfigStore store;

    BotoConfigProvider(ConfigStore store) {
        this.store = store;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "Boto2Config";
    }

    @Override
    public ResolvedCredentials load() {
        String env = store.env().get("BOTO_CONFIG");
        List<String> locations = env != null ? List.of(env) : List.of("/etc/boto.cfg", "~/.boto");
        for (String location : locations) {
            Path path = store.expandPath(location);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            Map<String, Object> section = ProfileFile.readCredentials(path).profiles().get("Credentials");
            if (section != null && section.containsKey("aws_access_key_id")) {
                Object secret = section.get("aws_secret_access_key");
                if (secret == null) {
                    throw new PartialCredentialsError("Partial credentials found in " + METHOD + " (" + path
                            + "), missing: aws_secret_access_key");
                }
                return new Credentials(String.valueOf(section.get("aws_access_key_id")), String.valueOf(secret), null,
                        METHOD, null, null);
            }
        }
        return null;
    }
}
