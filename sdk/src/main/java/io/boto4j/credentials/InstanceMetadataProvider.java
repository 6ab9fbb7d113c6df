package io.boto4j.credentials;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.config.ConfigKeys;
import io.boto4j.config.ConfigStore;
import io.boto4j.exception.CredentialRetrievalError;
import io.boto4j.exception.InvalidConfigError;
import io.boto4j.internal.json.JsonTrees;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The EC2 instance role from IMDS: an IMDSv2 session token (PUT {@code latest/api/token}), then the role name and
 * its credentials under {@code latest/meta-data/iam/security-credentials/}. Falls back to IMDSv1 when the token
 * call is refused or times out, unless {@code ec2_metadata_v1_disabled}. Timeout and attempts come from
 * {@code metadata_service_timeout}/{@code metadata_service_num_attempts}; the endpoint from
 * {@code ec2_metadata_service_endpoint(_mode)}; {@code AWS_EC2_METADATA_DISABLED=true} turns it off.
 * Not finding a role is "not configured" (the chain ends without credentials), as botocore.
 */
final class InstanceMetadataProvider implements CredentialsProvider {
    static final String METHOD = "iam-role";
    static final String IPV4_ENDPOINT = "http://169.254.169.254/";
    static final String IPV6_ENDPOINT = "http://[fd00:ec2::254]/";
    private static final String TOKEN_PATH = "latest/api/token";
    private static final String ROLE_PATH = "latest/meta-data/iam/security-credentials/";
    private static final List<String> REQUIRED = List.of("AccessKeyId", "SecretAccessKey", "Token", "Expiration");

    private final String baseUrl;
    private final int attempts;
    private final boolean disabled;
    private final boolean v1Disabled;
    private final MetadataHttp http;
    private final Clock clock;

    InstanceMetadataProvider(ConfigStore store, Clock clock) {
        String custom = store.get(ConfigKeys.EC2_METADATA_SERVICE_ENDPOINT);
        String mode = store.get(ConfigKeys.EC2_METADATA_SERVICE_ENDPOINT_MODE);
        if (mode == null && Boolean.TRUE.equals(store.get(ConfigKeys.IMDS_USE_IPV6))) {
            mode = "ipv6";
        }
        String base = custom != null ? custom : "ipv6".equalsIgnoreCase(mode) ? IPV6_ENDPOINT : IPV4_ENDPOINT;
        if (!isHttpUrl(base)) {
            throw new InvalidConfigError("Invalid endpoint for the EC2 instance metadata service: " + base);
        }
        this.baseUrl = base.endsWith("/") ? base : base + "/";
        this.attempts = Math.max(1, store.get(ConfigKeys.METADATA_SERVICE_NUM_ATTEMPTS));
        this.disabled = "true".equalsIgnoreCase(store.env().getOrDefault("AWS_EC2_METADATA_DISABLED", "false"));
        this.v1Disabled = Boolean.TRUE.equals(store.get(ConfigKeys.EC2_METADATA_V1_DISABLED));
        this.http = new MetadataHttp(Duration.ofSeconds(Math.max(1, store.get(ConfigKeys.METADATA_SERVICE_TIMEOUT))));
        this.clock = clock;
    }

    private static boolean isHttpUrl(String s) {
        try {
            java.net.URI uri = new java.net.URI(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String method() {
        return METHOD;
    }

    @Override
    public String canonicalName() {
        return "Ec2InstanceMetadata";
    }

    @Override
    public ResolvedCredentials load() {
        if (disabled) {
            return null;
        }
        Credentials first = fetch(false);
        if (first == null) {
            return null;
        }
        return new RefreshableCredentials(METHOD, () -> {
            Credentials c = fetch(true);
            if (c == null) {
                throw new CredentialRetrievalError("Error when retrieving credentials from iam-role: the instance "
                        + "metadata service returned no credentials");
            }
            return c;
        }, first, clock);
    }

    /** The instance's region (for defaults mode {@code auto}), or null. */
    String region() {
        if (disabled) {
            return null;
        }
        try {
            String token = token();
            return get("latest/meta-data/placement/region", token, false);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Credentials fetch(boolean failLoudly) {
        try {
            String token = token();
            String role = get(ROLE_PATH, token, false);
            if (role == null) {
                return null;
            }
            role = role.strip().lines().findFirst().orElse("");
            String body = get(ROLE_PATH + role, token, true);
            if (body == null) {
                return null;
            }
            JsonNode json = JsonTrees.read(body);
            for (String key : REQUIRED) {
                if (!json.hasNonNull(key)) {
                    return null;
                }
            }
            return new Credentials(json.get("AccessKeyId").asString(), json.get("SecretAccessKey").asString(),
                    json.get("Token").asString(), METHOD, extendIfStale(Times.parse(json.get("Expiration").asString(),
                    "Expiration")), null);
        } catch (IOException | JacksonException e) {
            if (failLoudly) {
                throw new CredentialRetrievalError("Error when retrieving credentials from iam-role: " + e.getMessage());
            }
            return null;
        }
    }

    /**
     * IMDS may keep serving credentials past their expiry during an outage; using them a little longer beats failing
     * every call (botocore's static stability), so a stale expiry is pushed 5 to 10 minutes into the future.
     */
    private Instant extendIfStale(Instant expiry) {
        Instant now = clock.instant();
        if (expiry.isAfter(now.plus(RefreshableCredentials.ADVISORY_REFRESH))) {
            return expiry;
        }
        return now.plus(RefreshableCredentials.ADVISORY_REFRESH)
                .plusSeconds(ThreadLocalRandom.current().nextInt(300, 600));
    }

    /** The IMDSv2 token, or null to fall back to IMDSv1. */
    private String token() throws IOException {
        IOException last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                MetadataHttp.Response r = http.send("PUT", baseUrl + TOKEN_PATH,
                        Map.of("x-aws-ec2-metadata-token-ttl-seconds", "21600"));
                if (r.status() == 200) {
                    return r.body();
                }
                if (r.status() == 403 || r.status() == 404 || r.status() == 405) {
                    return null;
                }
                if (r.status() == 400) {
                    throw new IOException("the instance metadata service rejected the token request (400)");
                }
            } catch (MetadataHttp.Timeout e) {
                return null;
            } catch (IOException e) {
                last = e;
            }
        }
        return null;
    }

    /** A GET with retries on errors, non-200 and empty bodies (and bad JSON if {@code json}); null if all fail. */
    private String get(String path, String token, boolean json) throws IOException {
        if (token == null && v1Disabled) {
            throw new CredentialRetrievalError("Error when retrieving credentials from iam-role: Unable to retrieve "
                    + "token for use in IMDSv2 call and IMDSv1 has been disabled");
        }
        Map<String, String> headers = token == null ? Map.of() : Map.of("x-aws-ec2-metadata-token", token);
        for (int i = 0; i < attempts; i++) {
            try {
                MetadataHttp.Response r = http.send("GET", baseUrl + path, headers);
                if (r.status() == 200 && !r.body().isEmpty() && (!json || isJson(r.body()))) {
                    return r.body();
                }
            } catch (IOException | JacksonException retry) {
                // connection errors and timeouts are retried up to the attempt limit
            }
        }
        return null;
    }

    private static boolean isJson(String body) {
        try {
            JsonTrees.read(body);
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }
}
