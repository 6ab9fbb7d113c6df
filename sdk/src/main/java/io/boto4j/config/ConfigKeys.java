package io.boto4j.config;

import java.util.List;

/**
 * The registry of botocore's configuration variables ({@code BOTOCORE_DEFAUT_SESSION_VARIABLES}, the nested
 * {@code s3} and {@code proxies_config} variables, and those the credential providers read), each with its
 * environment variables, profile keys and default.
 */
public final class ConfigKeys {
    private ConfigKeys() {
    }

    private static String oneOf(Object v, String... allowed) {
        String s = String.valueOf(v);
        for (String a : allowed) {
            if (a.equals(s)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + s + "' is not one of " + String.join(", ", allowed));
    }

    public static final ConfigKey<String> PROFILE = ConfigKey.string("profile")
            .env("AWS_DEFAULT_PROFILE", "AWS_PROFILE").build();
    public static final ConfigKey<String> REGION = ConfigKey.string("region")
            .env("AWS_DEFAULT_REGION").profile("region").build();
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
    public static final ConfigKey<Boolean> USE_DUALSTACK_ENDPOINT = ConfigKey.bool("use_dualstack_endpoint")
            .env("AWS_USE_DUALSTACK_ENDPOINT").profile("use_dualstack_endpoint").build();
    public static final ConfigKey<Boolean> USE_FIPS_ENDPOINT = ConfigKey.bool("use_fips_endpoint")
            .env("AWS_USE_FIPS_ENDPOINT").profile("use_fips_endpoint").build();
    public static final ConfigKey<Boolean> IGNORE_CONFIGURED_ENDPOINT_URLS =
            ConfigKey.bool("ignore_configured_endpoint_urls").env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
                    .profile("ignore_configured_endpoint_urls").build();
    public static final ConfigKey<Boolean> PARAMETER_VALIDATION = ConfigKey.bool("parameter_validation")
            .profile("parameter_validation").defaultValue(true).build();
    /** {@code true}, {@code false} or {@code auto}, kept as text as botocore keeps it. */
    public static final ConfigKey<String> ENDPOINT_DISCOVERY_ENABLED = ConfigKey.string("endpoint_discovery_enabled")
            .env("AWS_ENDPOINT_DISCOVERY_ENABLED").profile("endpoint_discovery_enabled").defaultValue("auto").build();
    public static final ConfigKey<String> STS_REGIONAL_ENDPOINTS = ConfigKey.string("sts_regional_endpoints")
            .env("AWS_STS_REGIONAL_ENDPOINTS").profile("sts_regional_endpoints").defaultValue("regional").build();
    public static final ConfigKey<String> RETRY_MODE = ConfigKey.of("retry_mode", v -> oneOf(v, "legacy", "standard", "adaptive"))
            .env("AWS_RETRY_MODE").profile("retry_mode").defaultValue("legacy").build();
    public static final ConfigKey<String> DEFAULTS_MODE = ConfigKey.string("defaults_mode")
            .env("AWS_DEFAULTS_MODE").profile("defaults_mode").defaultValue("legacy").build();
    /** Total attempts (first try included), as {@code AWS_MAX_ATTEMPTS} means it. */
    public static final ConfigKey<Integer> MAX_ATTEMPTS = ConfigKey.integer("max_attempts")
            .env("AWS_MAX_ATTEMPTS").profile("max_attempts").build();
    public static final ConfigKey<String> USER_AGENT_APPID = ConfigKey.string("user_agent_appid")
            .env("AWS_SDK_UA_APP_ID").profile("sdk_ua_app_id").build();
    public static final ConfigKey<Integer> REQUEST_MIN_COMPRESSION_SIZE_BYTES =
            ConfigKey.integer("request_min_compression_size_bytes").env("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")
                    .profile("request_min_compression_size_bytes").defaultValue(10240).build();
    public static final ConfigKey<Boolean> DISABLE_REQUEST_COMPRESSION = ConfigKey.bool("disable_request_compression")
            .env("AWS_DISABLE_REQUEST_COMPRESSION").profile("disable_request_compression").defaultValue(false).build();
    public static final ConfigKey<String> SIGV4A_SIGNING_REGION_SET = ConfigKey.string("sigv4a_signing_region_set")
            .env("AWS_SIGV4A_SIGNING_REGION_SET").profile("sigv4a_signing_region_set").build();
    public static final ConfigKey<String> REQUEST_CHECKSUM_CALCULATION =
            ConfigKey.string("request_checksum_calculation").env("AWS_REQUEST_CHECKSUM_CALCULATION")
                    .profile("request_checksum_calculation").defaultValue("when_supported").build();
    public static final ConfigKey<String> RESPONSE_CHECKSUM_VALIDATION =
            ConfigKey.string("response_checksum_validation").env("AWS_RESPONSE_CHECKSUM_VALIDATION")
                    .profile("response_checksum_validation").defaultValue("when_supported").build();
    public static final ConfigKey<String> ACCOUNT_ID_ENDPOINT_MODE = ConfigKey.string("account_id_endpoint_mode")
            .env("AWS_ACCOUNT_ID_ENDPOINT_MODE").profile("account_id_endpoint_mode").defaultValue("preferred").build();
    public static final ConfigKey<Boolean> DISABLE_HOST_PREFIX_INJECTION =
            ConfigKey.bool("disable_host_prefix_injection").env("AWS_DISABLE_HOST_PREFIX_INJECTION")
                    .profile("disable_host_prefix_injection").build();
    public static final ConfigKey<String> AUTH_SCHEME_PREFERENCE = ConfigKey.string("auth_scheme_preference")
            .env("AWS_AUTH_SCHEME_PREFERENCE").profile("auth_scheme_preference").build();
    public static final ConfigKey<Boolean> TCP_KEEPALIVE = ConfigKey.bool("tcp_keepalive")
            .env("BOTOCORE_TCP_KEEPALIVE").profile("tcp_keepalive").build();
    public static final ConfigKey<Boolean> S3_DISABLE_EXPRESS_SESSION_AUTH =
            ConfigKey.bool("s3_disable_express_session_auth").env("AWS_S3_DISABLE_EXPRESS_SESSION_AUTH")
                    .profile("s3_disable_express_session_auth").build();
    /** Connect timeout in seconds; only smart defaults (defaults_mode other than legacy) give it a value. */
    public static final ConfigKey<Double> CONNECT_TIMEOUT = ConfigKey.of("connect_timeout",
            v -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v))).build();

    // the nested [profile] s3 = ... variables (botocore's DEFAULT_S3_CONFIG_VARS)
    public static final ConfigKey<String> S3_ADDRESSING_STYLE = ConfigKey.string("s3.addressing_style")
            .profile("s3", "addressing_style").build();
    public static final ConfigKey<Boolean> S3_USE_ACCELERATE_ENDPOINT = ConfigKey.bool("s3.use_accelerate_endpoint")
            .profile("s3", "use_accelerate_endpoint").build();
    public static final ConfigKey<Boolean> S3_USE_DUALSTACK_ENDPOINT = ConfigKey.bool("s3.use_dualstack_endpoint")
            .profile("s3", "use_dualstack_endpoint").build();
    public static final ConfigKey<Boolean> S3_PAYLOAD_SIGNING_ENABLED = ConfigKey.bool("s3.payload_signing_enabled")
            .profile("s3", "payload_signing_enabled").build();
    public static final ConfigKey<Boolean> S3_USE_ARN_REGION = ConfigKey.bool("s3.use_arn_region")
            .env("AWS_S3_USE_ARN_REGION").profile("s3_use_arn_region").profile("s3", "use_arn_region").build();
    public static final ConfigKey<String> S3_US_EAST_1_REGIONAL_ENDPOINT =
            ConfigKey.string("s3.us_east_1_regional_endpoint").env("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT")
                    .profile("s3_us_east_1_regional_endpoint").profile("s3", "us_east_1_regional_endpoint").build();
    public static final ConfigKey<Boolean> S3_DISABLE_MULTIREGION_ACCESS_POINTS =
            ConfigKey.bool("s3.s3_disable_multiregion_access_points")
                    .env("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS")
                    .profile("s3", "s3_disable_multiregion_access_points").build();

    /** The nested s3 variables under their key in the {@code s3} dictionary. */
    public static final List<ConfigKey<?>> S3_KEYS = List.of(S3_ADDRESSING_STYLE, S3_USE_ACCELERATE_ENDPOINT,
            S3_USE_DUALSTACK_ENDPOINT, S3_PAYLOAD_SIGNING_ENABLED, S3_USE_ARN_REGION, S3_US_EAST_1_REGIONAL_ENDPOINT,
            S3_DISABLE_MULTIREGION_ACCESS_POINTS);

    // proxies_config keys (botocore's DEFAULT_PROXIES_CONFIG_VARS)
    public static final ConfigKey<String> PROXY_CA_BUNDLE = ConfigKey.string("proxy_ca_bundle")
            .profile("proxy_ca_bundle").build();
    public static final ConfigKey<String> PROXY_CLIENT_CERT = ConfigKey.string("proxy_client_cert")
            .profile("proxy_client_cert").build();
    public static final ConfigKey<Boolean> PROXY_USE_FORWARDING_FOR_HTTPS =
            ConfigKey.bool("proxy_use_forwarding_for_https").profile("proxy_use_forwarding_for_https").build();

    public static final List<ConfigKey<?>> PROXIES_CONFIG_KEYS = List.of(PROXY_CA_BUNDLE, PROXY_CLIENT_CERT,
            PROXY_USE_FORWARDING_FOR_HTTPS);
}
