/**
 * Events: botocore's hierarchical emitter ({@link io.boto4j.events.EventEmitter}), the handlers users and
 * plugins write ({@link io.boto4j.events.TypedEventHandler} {@code event -> ...}, or botocore's two-argument
 * {@link io.boto4j.events.EventHandler} {@code (eventName, kwargs) -> ...}), the {@link io.boto4j.events.Event}
 * they receive, and the names of the events the SDK emits ({@link io.boto4j.events.Events}).
 *
 * <h2>Events of a call, in order, and their arguments (botocore's names)</h2>
 * <table>
 *   <caption>Events and their keyword arguments</caption>
 *   <tr><th>event</th><th>arguments</th><th>a non-null answer</th></tr>
 *   <tr><td>{@code creating-client-class.<svc>}</td><td>client, service_model</td><td>-</td></tr>
 *   <tr><td>{@code provide-client-params.<svc>.<Op>}</td><td>params, model, context</td>
 *       <td>a map replaces the params</td></tr>
 *   <tr><td>{@code before-parameter-build.<svc>.<Op>}</td><td>params, model, context</td><td>-</td></tr>
 *   <tr><td>{@code before-endpoint-resolution.<svc>}</td><td>builtins, model, params, context</td><td>-</td></tr>
 *   <tr><td>{@code before-call.<svc>.<Op>}</td><td>model, params, request, context</td>
 *       <td>a map is the result (the call is short-circuited)</td></tr>
 *   <tr><td>{@code request-created.<svc>.<Op>}</td><td>request, operation_name, context</td><td>-</td></tr>
 *   <tr><td>{@code choose-signer.<svc>.<Op>}</td><td>signing_name, region_name, signature_version, context</td>
 *       <td>the signature version</td></tr>
 *   <tr><td>{@code before-sign.<svc>.<Op>}</td><td>request, operation_name, signing, context</td><td>-</td></tr>
 *   <tr><td>{@code before-send.<svc>.<Op>}</td><td>request (signed), context</td>
 *       <td>an {@code HttpResponse} is used instead of sending</td></tr>
 *   <tr><td>{@code before-parse.<svc>.<Op>}</td><td>operation_model, http_response, context</td>
 *       <td>an {@code HttpResponse} replaces the one received</td></tr>
 *   <tr><td>{@code needs-retry.<svc>.<Op>}</td><td>response, parsed, http_response, endpoint, operation, params,
 *       attempts, caught_exception, request_dict, request, reroute_to_region, context</td>
 *       <td>a number: seconds to wait before a forced retry</td></tr>
 *   <tr><td>{@code response-received.<svc>.<Op>}</td><td>exception, response_dict, parsed_response, context</td>
 *       <td>-</td></tr>
 *   <tr><td>{@code after-call.<svc>.<Op>}</td><td>http_response, parsed, model, context</td><td>-</td></tr>
 *   <tr><td>{@code after-call-error.<svc>.<Op>}</td><td>exception, context</td><td>-</td></tr>
 * </table>
 *
 * <h2>One Java type per argument name, in every event</h2>
 * <table>
 *   <caption>Argument names, their types and typed reads</caption>
 *   <tr><th>name</th><th>type</th><th>read with</th></tr>
 *   <tr><td>params</td><td>{@code Map<String, Object>} (the call's parameters)</td><td>{@code params()}</td></tr>
 *   <tr><td>context</td><td>{@code Map<String, Object>} (shared by the events of one call)</td>
 *       <td>{@code context()}</td></tr>
 *   <tr><td>builtins</td><td>{@code Map<String, Object>} (rule-set built-ins of this call)</td>
 *       <td>{@code builtins()}</td></tr>
 *   <tr><td>parsed, parsed_response, response</td><td>{@code Map<String, Object>} (the parsed result)</td>
 *       <td>{@code parsed()}</td></tr>
 *   <tr><td>model, operation_model, operation</td><td>{@code io.boto4j.model.OperationModel}</td>
 *       <td>{@code operationModel()}</td></tr>
 *   <tr><td>operation_name</td><td>{@code String}</td><td>{@code operationName()}, {@code operation()}</td></tr>
 *   <tr><td>request</td><td>{@code io.boto4j.http.HttpRequest.Builder} (the request, changeable)</td>
 *       <td>{@code request()}</td></tr>
 *   <tr><td>request_dict</td><td>{@code io.boto4j.http.HttpRequest} (the signed request as sent)</td>
 *       <td>{@code sentRequest()}</td></tr>
 *   <tr><td>http_response, response_dict</td><td>{@code io.boto4j.http.HttpResponse}</td>
 *       <td>{@code httpResponse()}</td></tr>
 *   <tr><td>signing</td><td>{@link io.boto4j.events.Signing} (scheme and scope, no credentials); null when the request goes unsigned</td>
 *       <td>{@code signing()}</td></tr>
 *   <tr><td>signing_name, region_name, signature_version</td><td>{@code String}</td>
 *       <td>{@code signingName()}, {@code regionName()}, {@code signatureVersion()}</td></tr>
 *   <tr><td>endpoint</td><td>{@link io.boto4j.events.Endpoint}</td><td>{@code endpoint()}</td></tr>
 *   <tr><td>attempts</td><td>{@code Integer} (from 1)</td><td>{@code attempts()}</td></tr>
 *   <tr><td>exception, caught_exception</td><td>{@code Exception}</td><td>{@code exception()}</td></tr>
 *   <tr><td>reroute_to_region</td><td>{@code Function<String, Endpoint>}</td>
 *       <td>{@code rerouteToRegion(region)}</td></tr>
 *   <tr><td>service_model</td><td>{@code io.boto4j.model.ServiceModel}</td>
 *       <td>{@code get("service_model", ServiceModel.class)}</td></tr>
 *   <tr><td>client</td><td>{@code io.boto4j.client.Client}</td><td>{@code get("client", Client.class)}</td></tr>
 *   <tr><td>url, region</td><td>{@code String} (database auth-token events)</td><td>{@code get(name, String.class)}</td></tr>
 *   <tr><td>expires</td><td>{@code java.time.Duration}</td><td>{@code get("expires", Duration.class)}</td></tr>
 * </table>
 * An SDK event's kwargs refuse a value of another type under these names ({@code IllegalArgumentException});
 * a handler's own arguments go under names of its own. Unlike botocore, {@code request} is the same mutable
 * builder type in every event (botocore passes an {@code AWSPreparedRequest} to before-send), {@code signing}
 * is null rather than a string for unsigned requests, and creating-client-class carries the client and its
 * service model rather than class attributes.
 *
 * <p>The call pipeline builds an event only when a handler listens for its name
 * ({@link io.boto4j.events.EventEmitter#hasHandlers}); a call nobody listens to builds no event and no map.
 */
package io.boto4j.events;
