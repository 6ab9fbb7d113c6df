package io.boto4j.credentials;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.retry.Sleeper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credentials from the ECS / EKS Pod Identity container endpoint: {@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}
 * (on 169.254.170.2) or {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} (https, a loopback address, or one of the
 * container hosts), with an {@code Authorization} header from {@code AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE}
 * (read on every fetch, since the agent rotates it) or {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}.
 * 2 s timeout, 3 attempts one second apart, as botocore.
 */
final class ContainerProvider implements CredentialsProvider {
    static final String METHOD = "container-role";
    static final String ECS_HOST = "169.254.170.2";
    static final List<String> ALLOWED_HOSTS = List.of(ECS_HOST, "169.254.170.23", "fd00:ec2::23", "localhost");
    private static final int ATTEMPTS = 3;
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final Map<String, String> env;
    private final Clock clock;
    private final MetadataHttp http;
    private final Sleeper sleeper;

    ContainerProvider(Map<String, String> env, Clock clock, Duration timeout, Sleeper sleeper) {
        this.env = env;
        this.clock = clock;
        this.http = new MetadataHttp(timeout);
        this.sleeper = sleeper;
    }

    ContainerProvider(Map<String, String> env, Clock clock) {
        this(env, clock, Duration.ofSeconds(2), Sleeper.SYSTEM);
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "EcsContainer";
    }

    @Override
    public ResolvedCredentials load() {
        String relative = env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
        String full = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI");
        if (relative == null && full == null) {
            return null;
        }
        String url = relative != null ? "http://" + ECS_HOST + relative : full;
        if (relative == null) {
            checkAllowed(url);
        }
        Credentials first = fetch(url);
        return new RefreshableCredentials(METHOD, () -> fetch(url), first, clock);
    }

    private static void checkAllowed(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CredentialRetrievalError("AWS_CONTAINER_CREDENTIALS_FULL_URI is not a valid URL");
        }
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return;
        }
        String host = uri.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host != null && (ALLOWED_HOSTS.contains(host) || isLoopbackLiteral(host))) {
            return;
        }
        throw new CredentialRetrievalError("Unsupported host '" + host + "' in AWS_CONTAINER_CREDENTIALS_FULL_URI. "
                + "Can only retrieve metadata from a loopback address or one of these hosts: "
                + String.join(", ", ALLOWED_HOSTS));
    }

    /** Only IP literals count: a name is never resolved here, as botocore does not resolve it either. */
    private static boolean isLoopbackLiteral(String host) {
        boolean literal = host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')
                && (host.contains(":") || host.chars().filter(c -> c == '.').count() == 3);
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", "application/json");
        String token = null;
        String tokenFile = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
        if (tokenFile != null) {
            try {
                token = Files.readString(Path.of(tokenFile));
            } catch (IOException | JacksonException e) {
                throw new CredentialRetrievalError("Error when retrieving credentials from container-role: cannot read "
                        + "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE " + tokenFile + ": " + e.getMessage());
            }
        } else {
            token = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        }
        if (token != null) {
            if (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0) {
                throw new CredentialRetrievalError("Error when retrieving credentials from container-role: "
                        + "the authorization token is not a legal header value (it contains a line break)");
            }
            h.put("Authorization", token);
        }
        return h;
    }

    private Credentials fetch(String url) {
        Map<String, String> headers = headers();
        String lastError = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                MetadataHttp.Response r = http.send("GET", url, headers);
                if (r.status() == 200) {
                    JsonNode json = parse(r.body());
                    if (json != null) {
                        return toCredentials(json);
                    }
                    lastError = "Unable to parse JSON returned from container metadata services";
                } else {
                    lastError = "Received non 200 response " + r.status() + " from container metadata";
                }
            } catch (IOException | JacksonException e) {
                lastError = "Received error when attempting to retrieve container metadata: " + e.getMessage();
            }
            sleeper.pause(PAUSE, "retrying the container credentials endpoint");
        }
        throw new CredentialRetrievalError("Error when retrieving credentials from container-role: " + lastError
                + " (after " + ATTEMPTS + " attempts)");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = JsonTrees.read(body);
            return n != null && n.isObject() ? n : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Credentials toCredentials(JsonNode json) {
        for (String key : List.of("AccessKeyId", "SecretAccessKey", "Token", "Expiration")) {
            if (!json.hasNonNull(key)) {
                throw new CredentialRetrievalError("Error when retrieving credentials from container-role: the "
                        + "response lacks " + key);
            }
        }
        return new Credentials(json.get("AccessKeyId").asString(), json.get("SecretAccessKey").asString(),
                json.get("Token").asString(), METHOD, Times.parse(json.get("Expiration").asString(), "Expiration"),
                json.hasNonNull("AccountId") ? json.get("AccountId").asString() : null);
    }
}
