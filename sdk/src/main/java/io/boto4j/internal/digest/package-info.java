/**
 * SHA-256 and MD5 for the SDK's own small digests (signing, SQS's message checksums), computed in-process for a
 * process's first few hundred of them and by the JDK's providers after that. The first
 * {@code MessageDigest.getInstance} of a JVM builds the provider list and the {@code Sun} provider's service table
 * (some 80 classes; the first call took 84 instead of 67 ms on one CPU); the JDK's digests are intrinsified by C2 on
 * CPUs with SHA extensions and win every call once a process is long-lived enough to pay for them.
 * {@link io.boto4j.internal.digest.Digests} holds the rule.
 */
package io.boto4j.internal.digest;
