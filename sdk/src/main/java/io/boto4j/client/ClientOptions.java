package io.boto4j.client;

import io.boto4j.config.Config;
import io.boto4j.config.ConfigOption;
import javax.net.ssl.SSLContext;

/**
 * What {@code session.client(name, options)} takes besides the service name: boto3's keyword arguments of
 * {@code Session.client} ({@code region_name}, {@code api_version}, {@code use_ssl}, {@code verify},
 * {@code endpoint_url}, explicit keys and {@code config}). Everything is optional.
 */
public final class ClientOptions {
    private static final ClientOptions DEFAULTS = builder().build();

    private final String regionName;
    private final String apiVersion;
    private final boolean useSsl;
    private final Object verify;
    private final String endpointUrl;
    private final String awsAccessKeyId;
    private final String awsSecretAccessKey;
    private final String awsSessionToken;
    private final Config config;
    private final SSLContext sslContext;

    private ClientOptions(Builder b) {
        this.regionName = b.regionName;
        this.apiVersion = b.apiVersion;
        this.useSsl = b.useSsl;
        this.verify = b.verify;
        this.endpointUrl = b.endpointUrl;
        this.awsAccessKeyId = b.awsAccessKeyId;
        this.awsSecretAccessKey = b.awsSecretAccessKey;
        this.awsSessionToken = b.awsSessionToken;
        this.config = b.config;
        this.sslContext = b.sslContext;
    }

    public static ClientOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String regionName() {
        return regionName;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public boolean useSsl() {
        return useSsl;
    }

    /** Null (verify with the default trust store), {@code Boolean.FALSE}, or a CA bundle path. */
    public Object verify() {
        return verify;
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    public String awsAccessKeyId() {
        return awsAccessKeyId;
    }

    public String awsSecretAccessKey() {
        return awsSecretAccessKey;
    }

    public String awsSessionToken() {
        return awsSessionToken;
    }

    public Config config() {
        return config;
    }

    /** The TLS context the client's connections use, or null for one built from {@code verify} and the config. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** No secret values: only whether keys were given. */
    @Override
    public String toString() {
        return "ClientOptions[region=" + regionName + ", endpointUrl=" + endpointUrl + ", apiVersion=" + apiVersion
                + ", explicitKeys=" + (awsAccessKeyId != null) + ", config=" + config + "]";
    }

    public static final class Builder {
        private String regionName;
        private String apiVersion;
        private boolean useSsl = true;
        private Object verify;
        private String endpointUrl;
        private String awsAccessKeyId;
        private String awsSecretAccessKey;
        private String awsSessionToken;
        private Config config;
        private SSLContext sslContext;

        public Builder regionName(String regionName) {
            this.regionName = regionName;
            return this;
        }

        public Builder apiVersion(String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        public Builder useSsl(boolean useSsl) {
            this.useSsl = useSsl;
            return this;
        }

        /** {@code false} turns TLS verification off; a path names a CA bundle (PEM). */
        public Builder verify(boolean verify) {
            this.verify = verify ? null : Boolean.FALSE;
            return this;
        }

        public Builder verify(String caBundlePath) {
            this.verify = caBundlePath;
            return this;
        }

        public Builder endpointUrl(String endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        public Builder awsAccessKeyId(String awsAccessKeyId) {
            this.awsAccessKeyId = awsAccessKeyId;
            return this;
        }

        public Builder awsSecretAccessKey(String awsSecretAccessKey) {
            this.awsSecretAccessKey = awsSecretAccessKey;
            return this;
        }

        public Builder awsSessionToken(String awsSessionToken) {
            this.awsSessionToken = awsSessionToken;
            return this;
        }

        public Builder config(Config config) {
            this.config = config;
            return this;
        }

        /**
         * Sets one {@code Config} option over the config given so far (or over an empty one), so a caller that
         * wants one option needs no build-merge-set: {@code options.config(ConfigOption.READ_TIMEOUT, d)}.
         */
        public <T> Builder config(ConfigOption<T> option, T value) {
            Config.Builder b = config == null ? Config.builder() : config.toBuilder();
            this.config = b.set(option, value).build();
            return this;
        }

        /** The config given so far, or null: lets one customizer read what an earlier one set. */
        public Config config() {
            return config;
        }

        /**
         * The client's connections use this TLS context: its key managers present a client certificate and its
         * trust managers decide which servers are trusted (replacing {@code verify(String)}'s CA bundle). Host
         * names are still verified unless {@code verify(false)}.
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(this);
        }
    }
}
