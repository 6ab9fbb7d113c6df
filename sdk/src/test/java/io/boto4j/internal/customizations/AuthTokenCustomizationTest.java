package io.boto4j.internal.customizations;

import static io.boto4j.internal.customizations.CustomizationClients.client;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.internal.customizations.dsql.DsqlAuthTokens;
import io.boto4j.internal.customizations.rds.RdsAuthTokens;
import io.boto4j.exception.BotoCoreError;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.testsupport.Python;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * RDS and DSQL auth tokens compared with botocore's {@code generate_db_auth_token} and
 * {@code generate_db_connect(_admin)_auth_token}: everything but the clock-dependent date and signature.
 */
class AuthTokenCustomizationTest {
    private static final String ORACLE = """
            import sys, json, botocore.session
            s = botocore.session.get_session()
            s.set_credentials('testing', 'testing')
            rds = s.create_client('rds', region_name='us-east-1')
            dsql = s.create_client('dsql', region_name='us-east-1')
            print(json.dumps([
                rds.generate_db_auth_token('db.example.com', 5432, 'app user', Region='eu-west-1'),
                rds.generate_db_auth_token('db.example.com', 3306, 'admin'),
                dsql.generate_db_connect_auth_token('abc.dsql.us-east-1.on.aws', 'us-east-1'),
                dsql.generate_db_connect_admin_auth_token('abc.dsql.us-east-1.on.aws', 'us-east-2', ExpiresIn=60),
            ]))
            """;

    @Test
    void tokensHaveBotocoresShape() throws Exception {
        String[] want = io.boto4j.internal.json.Json.mapper().readValue(Python.run(ORACLE, ""), String[].class);
        Client rds = client("rds", "us-east-1", null, Config.builder().build());
        Client dsql = client("dsql", "us-east-1", null, Config.builder().build());
        String[] got = {
            RdsAuthTokens.generateDbAuthToken(rds.meta().events(), "db.example.com", 5432, "app user", "eu-west-1"),
            RdsAuthTokens.generateDbAuthToken(rds.meta().events(), "db.example.com", 3306, "admin", null),
            DsqlAuthTokens.generateDbConnectAuthToken(dsql.meta().events(), "abc.dsql.us-east-1.on.aws", "us-east-1",
                    null),
            DsqlAuthTokens.generateDbConnectAdminAuthToken(dsql.meta().events(), "abc.dsql.us-east-1.on.aws",
                    "us-east-2", Duration.ofSeconds(60)),
        };
        for (int i = 0; i < want.length; i++) {
            assertEquals(shape(want[i]), shape(got[i]), want[i] + " vs " + got[i]);
            assertTrue(got[i].contains("X-Amz-Signature="), got[i]);
        }
    }

    @Test
    void tokenNeedsAClientOfTheService() {
        Client sqs = client("sqs", "us-east-1", null, Config.builder().build());
        BotoCoreError e = assertThrows(BotoCoreError.class,
                () -> RdsAuthTokens.generateDbAuthToken(sqs.meta().events(), "h", 1, "u", null));
        assertTrue(e.getMessage().contains("client.meta().events()"), e.getMessage());
    }

    @Test
    void tokenWithoutAUserNamesTheMissingParameter() {
        Client rds = client("rds", "us-east-1", null, Config.builder().build());
        ParamValidationError e = assertThrows(ParamValidationError.class,
                () -> RdsAuthTokens.generateDbAuthToken(rds.meta().events(), "h", 1, " ", null));
        assertTrue(e.getMessage().contains("DBUsername"), e.getMessage());
    }

    /** host, path and query fields without the date and signature; the credential scope's date masked. */
    private static String shape(String token) {
        int q = token.indexOf('?');
        Map<String, String> fields = new TreeMap<>();
        for (String pair : token.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        fields.remove("X-Amz-Date");
        fields.remove("X-Amz-Signature");
        fields.computeIfPresent("X-Amz-Credential", (k, v) -> v.replaceAll("/\\d{8}/", "/DATE/"));
        return token.substring(0, q) + " " + fields;
    }
}
