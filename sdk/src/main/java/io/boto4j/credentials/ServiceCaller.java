package io.boto4j.credentials;

import java.util.Map;

/**
 * How credential providers call AWS services (STS {@code AssumeRole}, {@code AssumeRoleWithWebIdentity}, SSO
 * {@code GetRoleCredentials}, SSO-OIDC {@code CreateToken}, sign-in {@code CreateOAuth2Token}) without depending on
 * the client layer, which implements this interface. Parameters and results are the same maps a client takes and
 * returns (timestamps as {@link java.time.Instant}).
 */
@FunctionalInterface
public interface ServiceCaller {
    /**
     * Calls one operation; a service error is raised as the client raises it (a {@code ClientError}).
     *
     * @param service   botocore service name ({@code sts}, {@code sso}, {@code sso-oidc}, {@code signin})
     * @param operation operation name as in the model ({@code AssumeRole})
     */
    Map<String, Object> call(String service, String operation, Map<String, Object> params, CallOptions options);
}
