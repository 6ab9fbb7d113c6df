package io.boto4j.spring.autoconfigure.health;

import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.credentials.ResolvedCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * {@code boto4j} in {@code /actuator/info}: SDK and model versions, region, profile, credential method and the
 * clients exposed. Names and methods only: no key, token or secret is ever read into it.
 */
public final class Boto4jInfoContributor implements InfoContributor {
    private static final Pattern VERSION = Pattern.compile("\"(botocore|boto3)\"\\s*:\\s*\"[a-z0-9]+ ([^\"]+)\"");

    private final Session session;
    private final List<Client> clients;

    public Boto4jInfoContributor(Session session, List<Client> clients) {
        this.session = session;
        this.clients = clients;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("sdk-version", sdkVersion());
        info.putAll(modelVersions());
        info.put("region", String.valueOf(session.regionName()));
        info.put("profile", String.valueOf(session.profileName()));
        info.put("credentials", credentialMethod());
        Map<String, Object> exposed = new LinkedHashMap<>();
        for (Client client : clients) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("region", String.valueOf(client.meta().regionName()));
            c.put("endpoint", String.valueOf(client.meta().endpointUrl()));
            exposed.put(client.meta().serviceModel().serviceName(), c);
        }
        info.put("clients", exposed);
        builder.withDetail("boto4j", info);
    }

    private String credentialMethod() {
        try {
            ResolvedCredentials credentials = session.getCredentials();
            return credentials == null ? "none" : credentials.method();
        } catch (RuntimeException e) {
            return "unresolved (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String sdkVersion() {
        try (InputStream in = Session.class.getResourceAsStream("/META-INF/maven/io.boto4j/boto4j-sdk/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException ignored) {
            // fall back to the manifest
        }
        String v = Session.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    // The bundled index starts with the botocore and boto3 versions the models were imported from; the head is
    // enough, the rest of the (large) index is not read.
    static Map<String, Object> modelVersions() {
        Map<String, Object> versions = new LinkedHashMap<>();
        try (InputStream in = Session.class.getResourceAsStream("/boto4j-data/index.json")) {
            if (in != null) {
                Matcher m = VERSION.matcher(new String(in.readNBytes(512), StandardCharsets.UTF_8));
                while (m.find()) {
                    versions.put(m.group(1) + "-version", m.group(2));
                }
            }
        } catch (IOException ignored) {
            // versions unknown
        }
        return versions;
    }
}
