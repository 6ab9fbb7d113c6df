package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;
import io.boto4j.exception.ConfigNotFound;
import io.boto4j.exception.PartialCredentialsError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The original EC2 CLI tools' key file named by {@code AWS_CREDENTIAL_FILE} ({@code AWSAccessKeyId=...} lines). */
final class Ec2CredentialFileProvider implements CredentialsProvider {
    static final String METHOD = "ec2-credentials-file";

    private final ConfigStore store;

    Ec2CredentialFileProvider(ConfigStore store) {
        this.store = store;
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "Ec2Config";
    }

    @Override
    public ResolvedCredentials load() {
        String file = store.env().get("AWS_CREDENTIAL_FILE");
        if (file == null) {
            return null;
        }
        Path path = store.expandPath(file);
        Map<String, String> values = new HashMap<>();
        try {
            // lenient, as the EC2 tools were: only lines with '=' count
            for (String line : Files.readAllLines(path)) {
                int eq = line.indexOf('=');
                if (eq >= 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new ConfigNotFound("The specified config file (" + path + ") could not be found.");
        }
        if (!values.containsKey("AWSAccessKeyId")) {
            return null;
        }
        if (!values.containsKey("AWSSecretKey")) {
            throw new PartialCredentialsError("Partial credentials found in " + METHOD + " (" + path
                    + "), missing: AWSSecretKey");
        }
        return new Credentials(values.get("AWSAccessKeyId"), values.get("AWSSecretKey"), null, METHOD, null, null);
    }
}
