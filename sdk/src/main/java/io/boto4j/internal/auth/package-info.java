/**
 * Auth-scheme selection: which signer, signing name, region (or region set) and payload policy a call uses,
 * from {@code Config.signatureVersion}, the operation's {@code auth}/{@code authtype} traits, the service's
 * metadata and the resolved endpoint's {@code authSchemes}. The value types the pure signers in
 * {@code auth.signer} take ({@link io.boto4j.internal.auth.SigningCredentials}, {@link io.boto4j.internal.auth.SigningContext})
 * live here too; this package never imports the signers.
 */
package io.boto4j.internal.auth;
