package io.boto4j.internal.customizations.rds;

import io.boto4j.events.Events;
import io.boto4j.internal.customizations.CustomizationContext;
import io.boto4j.internal.customizations.common.AuthTokens;
import io.boto4j.events.EventEmitter;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.internal.protocol.PercentEncoder;
import java.time.Duration;
import java.util.List;

/**
 * boto3's {@code rds.generate_db_auth_token}: an IAM database auth token (a presigned {@code connect} URL,
 * signing name {@code rds-db}, valid 15 minutes) made with an RDS client's credentials. Takes the client's
 * emitter ({@code rds.meta().events()}), since this layer does not know the client type.
 */
public final class RdsAuthTokens {
    static final String EVENT = Events.name("generate-db-auth-token", "rds");
    private static final Duration EXPIRES = Duration.ofMinutes(15);

    private RdsAuthTokens() {
    }

    static void register(CustomizationContext context) {
        AuthTokens.register(context, EVENT, "rds-db");
    }

    /**
     * @param rdsEvents the events of an RDS client ({@code client.meta().events()})
     * @param region    the database's region, or null for the client's
     */
    public static String generateDbAuthToken(EventEmitter rdsEvents, String hostname, int port, String username,
                                             String region) {
        if (hostname == null || hostname.isBlank() || username == null || username.isBlank()) {
            throw new ParamValidationError(List.of((hostname == null || hostname.isBlank() ? "DBHostname" : "DBUsername")
                    + " must not be empty"));
        }
        String url = "https://" + hostname + ":" + port + "/?Action=connect&DBUser=" + PercentEncoder.encode(username);
        return AuthTokens.request(rdsEvents, EVENT, url, region, EXPIRES);
    }
}
