/**
 * Retries: the legacy (data-driven), standard and adaptive strategies, the retry quota, adaptive mode's
 * client-side rate limiter and clock-skew detection. Pure: it takes {@link io.boto4j.internal.retry.AttemptOutcome}s,
 * never HTTP objects, and waits only through an injected {@link io.boto4j.internal.retry.Sleeper}.
 */
package io.boto4j.internal.retry;
