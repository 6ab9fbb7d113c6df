/**
 * The endpoint adapter: gathers a rule set's inputs (built-ins from configuration, client context params,
 * static, context and operation-context params from the model and the call) and turns the rule set's answer
 * into a {@link io.boto4j.internal.endpoints.ResolvedEndpoint} with typed auth schemes. Also the legacy
 * {@code endpoints.json} fallback and the region catalog behind {@code Session.getAvailableRegions}.
 */
package io.boto4j.internal.endpoints;
