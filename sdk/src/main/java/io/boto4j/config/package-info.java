/**
 * Configuration: {@link io.boto4j.config.Config} (botocore's client options), the {@link io.boto4j.config.ConfigKey}
 * registry ({@link io.boto4j.config.ConfigKeys}) resolved by {@link io.boto4j.config.ConfigStore} in the order
 * explicit → environment → profile → default, the shared config/credentials file reader
 * ({@link io.boto4j.config.ProfileFile}), and the effective per-client settings
 * ({@link io.boto4j.config.ClientConfigResolution}). Layer 1: imports only {@code exception} and {@code internal.json}.
 */
package io.boto4j.config;
