package io.boto4j.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of botocore's session variables ({@code BOTOCORE_DEFAUT_SESSION_VARIABLES}): those the session and
 * the credential providers read are declared here; those behind a client {@link Config} option are declared once
 * by their {@link ConfigOption} and only named here, for {@code Session.Builder.set} and the providers.
 */
public final class ConfigKeys {
    private ConfigKeys() {
    }

    public static final ConfigKey<String> PROFILE = ConfigKey.string("profile")
            .env("AWS_DEFAULT_PROFILE", "AWS_PROFILE").build();
    public static final ConfigKey<String> REGION = ConfigOption.REGION_NAME.sessionKey();
    public static final ConfigKey<String> DATA_PATH = ConfigKey.string("data_path")
            .env("AWS_DATA_PATH").profile("data_path").build();
    public static final ConfigKey<String> CONFIG_FILE = ConfigKey.string("config_file")
            .env("AWS_CONFIG_FILE").defaultValue("~/.aws/config").build();
    public static final ConfigKey<String> CREDENTIALS_FILE = ConfigKey.string("credentials_file")
            .env("AWS_SHARED_CREDENTIALS_FILE").defaultValue("~/.aws/credentials").build();
    public static final ConfigKey<String> CA_BUNDLE = ConfigKey.string("ca_bundle")
            .env("AWS_CA_BUNDLE").profile("ca_bundle").build();
    public static final ConfigKey<Integer> METADATA_SERVICE_TIMEOUT = ConfigKey.integer("metadata_service_timeout")
            .env("AWS_METADATA_SERVICE_TIMEOUT").profile("metadata_service_timeout").defaultValue(1).build();
    public static final ConfigKey<Integer> METADATA_SERVICE_NUM_ATTEMPTS =
            ConfigKey.integer("metadata_service_num_attempts").env("AWS_METADATA_SERVICE_NUM_ATTEMPTS")
                    .profile("metadata_service_num_attempts").defaultValue(1).build();
    public static final ConfigKey<String> EC2_METADATA_SERVICE_ENDPOINT =
            ConfigKey.string("ec2_metadata_service_endpoint").env("AWS_EC2_METADATA_SERVICE_ENDPOINT")
                    .profile("ec2_metadata_service_endpoint").build();
    public static final ConfigKey<String> EC2_METADATA_SERVICE_ENDPOINT_MODE =
            ConfigKey.string("ec2_metadata_service_endpoint_mode").env("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
                    .profile("ec2_metadata_service_endpoint_mode").build();
    public static final ConfigKey<Boolean> EC2_METADATA_V1_DISABLED = ConfigKey.bool("ec2_metadata_v1_disabled")
            .env("AWS_EC2_METADATA_V1_DISABLED").profile("ec2_metadata_v1_disabled").defaultValue(false).build();
    public static final ConfigKey<Boolean> IMDS_USE_IPV6 = ConfigKey.bool("imds_use_ipv6")
            .env("AWS_IMDS_USE_IPV6").profile("imds_use_ipv6").defaultValue(false).build();
    public static final ConfigKey<Boolean> EC2_METADATA_DISABLED = ConfigKey.bool("ec2_metadata_disabled")
            .env("AWS_EC2_METADATA_DISABLED").defaultValue(false).build();
    public static final ConfigKey<Boolean> USE_DUALSTACK_ENDPOINT = ConfigOption.USE_DUALSTACK_ENDPOINT.sessionKey();
    public static final ConfigKey<Boolean> USE_FIPS_ENDPOINT = ConfigOption.USE_FIPS_ENDPOINT.sessionKey();
    public static final ConfigKey<Boolean> IGNORE_CONFIGURED_ENDPOINT_URLS =
            ConfigOption.IGNORE_CONFIGURED_ENDPOINT_URLS.sessionKey();
    public static final ConfigKey<Boolean> PARAMETER_VALIDATION = ConfigOption.PARAMETER_VALIDATION.sessionKey();
    /** {@code true}, {@code false} or {@code auto}, kept as text as botocore keeps it. */
    public static final ConfigKey<String> ENDPOINT_DISCOVERY_ENABLED = ConfigOption.ENDPOINT_DISCOVERY_ENABLED.sessionKey();
    public static final ConfigKey<String> STS_REGIONAL_ENDPOINTS = ConfigKey.string("sts_regional_endpoints")
            .env("AWS_STS_REGIONAL_ENDPOINTS").profile("sts_regional_endpoints").defaultsMode("stsRegionalEndpoints")
            .defaultValue("regional").build();
    public static final ConfigKey<String> RETRY_MODE = ConfigOption.RETRIES_MODE.sessionKey();
    public static final ConfigKey<String> DEFAULTS_MODE = ConfigOption.DEFAULTS_MODE.sessionKey();
    /** Total attempts (first try included), as {@code AWS_MAX_ATTEMPTS} means it. */
    public static final ConfigKey<Integer> MAX_ATTEMPTS = ConfigOption.RETRIES_TOTAL_MAX_ATTEMPTS.sessionKey();
    public static final ConfigKey<String> USER_AGENT_APPID = ConfigOption.USER_AGENT_APPID.sessionKey();
    public static final ConfigKey<Integer> REQUEST_MIN_COMPRESSION_SIZE_BYTES =
            ConfigOption.REQUEST_MIN_COMPRESSION_SIZE_BYTES.sessionKey();
    public static final ConfigKey<Boolean> DISABLE_REQUEST_COMPRESSION = ConfigOption.DISABLE_REQUEST_COMPRESSION.sessionKey();
    public static final ConfigKey<String> SIGV4A_SIGNING_REGION_SET = ConfigOption.SIGV4A_SIGNING_REGION_SET.sessionKey();
    public static final ConfigKey<String> REQUEST_CHECKSUM_CALCULATION =
            ConfigOption.REQUEST_CHECKSUM_CALCULATION.sessionKey();
    public static final ConfigKey<String> RESPONSE_CHECKSUM_VALIDATION =
            ConfigOption.RESPONSE_CHECKSUM_VALIDATION.sessionKey();
    public static final ConfigKey<String> ACCOUNT_ID_ENDPOINT_MODE = ConfigOption.ACCOUNT_ID_ENDPOINT_MODE.sessionKey();
    public static final ConfigKey<String> AUTH_SCHEME_PREFERENCE = ConfigOption.AUTH_SCHEME_PREFERENCE.sessionKey();
    public static final ConfigKey<Boolean> TCP_KEEPALIVE = ConfigOption.TCP_KEEPALIVE.sessionKey();
    public static final ConfigKey<Boolean> S3_DISABLE_EXPRESS_SESSION_AUTH =
            ConfigOption.S3_DISABLE_EXPRESS_SESSION_AUTH.sessionKey();
    /** Connect timeout; only smart defaults (defaults_mode other than legacy) give it a value besides 60 s. */
    public static final ConfigKey<Duration> CONNECT_TIMEOUT = ConfigOption.CONNECT_TIMEOUT.sessionKey();

    // the nested [profile] s3 = ... variables (botocore's DEFAULT_S3_CONFIG_VARS)
    public static final ConfigKey<String> S3_ADDRESSING_STYLE = ConfigOption.S3_ADDRESSING_STYLE.sessionKey();
    public static final ConfigKey<Boolean> S3_USE_ACCELERATE_ENDPOINT = ConfigOption.S3_USE_ACCELERATE_ENDPOINT.sessionKey();
    public static final ConfigKey<Boolean> S3_USE_DUALSTACK_ENDPOINT = ConfigOption.S3_USE_DUALSTACK_ENDPOINT.sessionKey();
    public static final ConfigKey<Boolean> S3_PAYLOAD_SIGNING_ENABLED = ConfigOption.S3_PAYLOAD_SIGNING_ENABLED.sessionKey();
    public static final ConfigKey<Boolean> S3_USE_ARN_REGION = ConfigOption.S3_USE_ARN_REGION.sessionKey();
    public static final ConfigKey<String> S3_US_EAST_1_REGIONAL_ENDPOINT =
            ConfigOption.S3_US_EAST_1_REGIONAL_ENDPOINT.sessionKey();
    public static final ConfigKey<Boolean> S3_DISABLE_MULTIREGION_ACCESS_POINTS =
            ConfigOption.S3_DISABLE_MULTIREGION_ACCESS_POINTS.sessionKey();

    // proxies_config keys (botocore's DEFAULT_PROXIES_CONFIG_VARS)
    public static final ConfigKey<String> PROXY_CA_BUNDLE = ConfigOption.PROXY_CA_BUNDLE.sessionKey();
    public static final ConfigKey<String> PROXY_CLIENT_CERT = ConfigOption.PROXY_CLIENT_CERT.sessionKey();
    public static final ConfigKey<Boolean> PROXY_USE_FORWARDING_FOR_HTTPS =
            ConfigOption.PROXY_USE_FORWARDING_FOR_HTTPS.sessionKey();

    private static final List<ConfigKey<?>> ALL = collect();

    /** Every session variable: those of {@link ConfigOption}s and those the session and credential providers read. */
    public static List<ConfigKey<?>> all() {
        return ALL;
    }

    private static List<ConfigKey<?>> collect() {
        List<ConfigKey<?>> keys = new ArrayList<>();
        for (Field f : ConfigKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ConfigKey.class) {
                try {
                    keys.add((ConfigKey<?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (ConfigOption<?> o : ConfigOption.all()) {
            for (ConfigOption<?> x : concat(o)) {
                if (x.sessionKey() != null && !keys.contains(x.sessionKey())) {
                    keys.add(x.sessionKey());
                }
            }
        }
        return List.copyOf(keys);
    }

    private static List<ConfigOption<?>> concat(ConfigOption<?> o) {
        List<ConfigOption<?>> out = new ArrayList<>();
        out.add(o);
        out.addAll(o.subOptions());
        return out;
    }
}
