/**
 * Configuration: {@link io.boto4j.config.Config} (botocore's client options, each declared once as a
 * {@link io.boto4j.config.ConfigOption} and resolved into {@link io.boto4j.config.ResolvedClientConfig} by one
 * chain in {@link io.boto4j.config.ClientConfigResolution}), the session variables
 * ({@link io.boto4j.config.ConfigKey}, registered in {@link io.boto4j.config.ConfigKeys}) resolved by
 * {@link io.boto4j.config.ConfigStore} in the order explicit → environment → profile → defaults mode → default,
 * and the shared config/credentials file reader ({@link io.boto4j.config.ProfileFile}). Layer 1: imports only
 * {@code exception} and {@code internal.json}.
 */
package io.boto4j.config;
