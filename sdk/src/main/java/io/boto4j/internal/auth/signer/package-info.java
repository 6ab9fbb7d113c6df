/**
 * Pure signers over immutable {@link io.boto4j.http.HttpRequest} values: SigV4 (headers and query presigning),
 * SigV4a (ECDSA P-256), bearer and anonymous, plus the S3 POST policy. A signer is a function of the request
 * and a {@link io.boto4j.internal.auth.SigningContext}; time comes from the context's clock, never from the system.
 */
package io.boto4j.internal.auth.signer;
