/**
 * Credentials: the {@link io.boto4j.credentials.Credentials} value, {@link io.boto4j.credentials.RefreshableCredentials},
 * named {@link io.boto4j.credentials.CredentialsProvider}s in an editable {@link io.boto4j.credentials.CredentialResolver}
 * (botocore's default chain), bearer tokens, and the {@link io.boto4j.credentials.ServiceCaller} SPI through which
 * providers call STS, SSO, SSO-OIDC and sign-in without depending on the client layer. Layer 2.
 */
package io.boto4j.credentials;
