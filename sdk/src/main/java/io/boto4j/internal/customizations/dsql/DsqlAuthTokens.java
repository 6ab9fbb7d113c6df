package io.boto4j.internal.customizations.dsql;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.common.AuthTokens;
import io.boto4j.events.EventEmitter;
import io.boto4j.exception.ParamValidationError;
import java.time.Duration;
import java.util.List;

/**
 * boto3's {@code dsql.generate_db_connect_auth_token} and {@code generate_db_connect_admin_auth_token}: presigned
 * {@code DbConnect} / {@code DbConnectAdmin} URLs (signing name {@code dsql}) made with a DSQL client's
 * credentials. Takes the client's emitter ({@code dsql.meta().events()}).
 */
public final class DsqlAuthTokens {
    static final String EVENT = Events.name("generate-db-auth-token", "dsql");
    private static final Duration DEFAULT_EXPIRES = Duration.ofSeconds(900);

    private DsqlAuthTokens() {
    }

    /** @param region the cluster's region, or null for the client's; @param expiresIn null for 900 seconds */
    public static String generateDbConnectAuthToken(EventEmitter dsqlEvents, String hostname, String region,
                                                    Duration expiresIn) {
        return token(dsqlEvents, hostname, "DbConnect", region, expiresIn);
    }

    public static String generateDbConnectAdminAuthToken(EventEmitter dsqlEvents, String hostname, String region,
                                                         Duration expiresIn) {
        return token(dsqlEvents, hostname, "DbConnectAdmin", region, expiresIn);
    }

    private static String token(EventEmitter events, String hostname, String action, String region, Duration expires) {
        if (hostname == null || hostname.isBlank()) {
            throw new ParamValidationError(List.of("Hostname must not be empty"));
        }
        return AuthTokens.request(events, EVENT, "https://" + hostname + "/?Action=" + action, region,
                expires == null ? DEFAULT_EXPIRES : expires);
    }
}
