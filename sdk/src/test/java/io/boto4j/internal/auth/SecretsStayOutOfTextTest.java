package io.boto4j.internal.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.auth.signer.Presigner;
import io.boto4j.internal.auth.signer.SigV4Signer;
import io.boto4j.internal.auth.signer.Signer;
import io.boto4j.exception.NoAuthTokenError;
import io.boto4j.exception.NoCredentialsError;
import io.boto4j.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Secret keys, session tokens and bearer tokens never show in toString() or in error messages. */
class SecretsStayOutOfTextTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "SESSION-TOKEN-VALUE";

    @Test
    void credentialsAndContextsPrintWithoutSecrets() {
        SigningCredentials creds = new SigningCredentials("AKIDEXAMPLE", SECRET, TOKEN);
        SigningContext ctx = SigningContext.builder().credentials(creds).bearerToken("BEARER-VALUE")
                .signingName("s3").region("us-east-1").build();
        for (String text : new String[] {creds.toString(), ctx.toString()}) {
            assertTrue(text.contains("AKIDEXAMPLE"), text);
            assertFalse(text.contains(SECRET) || text.contains(TOKEN) || text.contains("BEARER-VALUE"), text);
        }
    }

    @Test
    void signedRequestsPrintWithoutAuthorizationOrSignature() {
        SigningContext ctx = SigningContext.builder().credentials(new SigningCredentials("AKIDEXAMPLE", SECRET, TOKEN))
                .signingName("s3").region("us-east-1").build();
        HttpRequest request = HttpRequest.builder().uri("https://b.s3.amazonaws.com/k").build();
        String signed = SigV4Signer.INSTANCE.sign(request, ctx).toString();
        assertFalse(signed.contains("Signature=") || signed.contains(TOKEN), signed);
        String presignedRequest = HttpRequest.builder().uri(Presigner.presign(request, ctx, Duration.ofMinutes(1)))
                .build().toString();
        assertFalse(presignedRequest.contains("X-Amz-Signature") || presignedRequest.contains("TOKEN"),
                presignedRequest);
    }

    @Test
    void missingCredentialsOrTokenFailWithBotocoresErrors() {
        HttpRequest request = HttpRequest.builder().uri("https://example.amazonaws.com/").build();
        SigningContext noCreds = SigningContext.builder().signingName("svc").region("us-east-1").build();
        assertThrows(NoCredentialsError.class, () -> SigV4Signer.INSTANCE.sign(request, noCreds));
        NoAuthTokenError e = assertThrows(NoAuthTokenError.class, () -> Signer.forScheme(SignatureScheme.BEARER)
                .sign(request, noCreds.toBuilder().scheme(SignatureScheme.BEARER).build()));
        assertTrue(e.getMessage().contains("authorization token"), e.getMessage());
        SigningContext bearer = noCreds.toBuilder().scheme(SignatureScheme.BEARER).bearerToken("BEARER-VALUE").build();
        RuntimeException plain = assertThrows(RuntimeException.class, () -> Signer.forScheme(SignatureScheme.BEARER)
                .sign(HttpRequest.builder().uri("http://example.amazonaws.com/").build(), bearer));
        assertFalse(plain.getMessage().contains("BEARER-VALUE"), plain.getMessage());
    }
}
