package io.boto4j.internal.auth.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.auth.SignatureScheme;
import io.boto4j.internal.auth.SigningContext;
import io.boto4j.internal.auth.SigningCredentials;
import io.boto4j.http.HttpRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.ECFieldFp;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SigV4a: the key derivation matches the published known-answer vector (aws-c-auth's, shared by the Go, Swift
 * and CRT implementations), and a signed request carries a signature that verifies under the derived public key
 * over the string to sign rebuilt from the request.
 */
class SigV4aSignerTest {
    private static final SigningCredentials KAT = SigningCredentials.of("AKISORANDOMAASORANDOM",
            "q+jcrXGc+0zWN6uzclKVhvMmUsIfRPa4rlRandom");

    @Test
    void derivesThePublishedPrivateAndPublicKeyFromCredentials() {
        BigInteger d = SigV4aSigner.INSTANCE.privateKeyOf(KAT);
        assertEquals("7fd3bd010c0d9c292141c2b77bfbde1042c92e6836fff749d1269ec890fca1bd", hex32(d));
        ECPoint q = multiply(SigV4aSigner.curve(), d);
        assertEquals("15d242ceebf8d8169fd6a8b5a746c41140414c3b07579038da06af89190fffcb", hex32(q.getAffineX()));
        assertEquals("0515242cedd82e94799482e4c0514b505afccf2c0c98d6a553bf539f424c5ec0", hex32(q.getAffineY()));
    }

    @Test
    void signedRequestVerifiesUnderTheDerivedPublicKeyForItsRegionSet() throws Exception {
        HttpRequest request = HttpRequest.builder().method("GET")
                .uri("https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com/key%20name").build();
        SigningContext ctx = SigningContext.builder().scheme(SignatureScheme.SIGV4A).credentials(KAT)
                .signingName("s3").regionSet(List.of("us-east-1", "us-west-2")).clock(SigV4SuiteTest.SUITE_TIME)
                .s3PathRules().payloadSigning(io.boto4j.internal.auth.PayloadSigning.UNSIGNED).build();
        HttpRequest signed = Signer.forScheme(SignatureScheme.SIGV4A).sign(request, ctx);

        assertEquals("us-east-1,us-west-2", signed.headers().first("X-Amz-Region-Set"));
        String authz = signed.headers().first("Authorization");
        assertTrue(authz.startsWith("AWS4-ECDSA-P256-SHA256 Credential=AKISORANDOMAASORANDOM/20150830/s3/aws4_request, "
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-region-set, Signature="), authz);
        String canonical = String.join("\n", "GET", "/key%20name", "",
                "host:mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com", "x-amz-content-sha256:UNSIGNED-PAYLOAD",
                "x-amz-date:20150830T123600Z", "x-amz-region-set:us-east-1,us-west-2", "",
                "host;x-amz-content-sha256;x-amz-date;x-amz-region-set", "UNSIGNED-PAYLOAD");
        String stringToSign = "AWS4-ECDSA-P256-SHA256\n20150830T123600Z\n20150830/s3/aws4_request\n"
                + HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] der = HexFormat.of().parseHex(authz.substring(authz.indexOf("Signature=") + 10));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey(SigV4aSigner.INSTANCE.privateKeyOf(KAT)));
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(der), "signature must verify over the rebuilt string to sign");
    }

    @Test
    void aTamperedRegionSetNoLongerVerifies() throws Exception {
        HttpRequest request = HttpRequest.builder().method("GET").uri("https://example.amazonaws.com/").build();
        SigningContext ctx = SigningContext.builder().scheme(SignatureScheme.SIGV4A).credentials(KAT)
                .signingName("service").regionSet(List.of("*")).clock(SigV4SuiteTest.SUITE_TIME).build();
        String authz = SigV4aSigner.INSTANCE.sign(request, ctx).headers().first("Authorization");
        String canonical = String.join("\n", "GET", "/", "", "host:example.amazonaws.com",
                "x-amz-date:20150830T123600Z", "x-amz-region-set:us-east-1", "", "host;x-amz-date;x-amz-region-set",
                Crypto.EMPTY_SHA256);
        String sts = SigV4aSigner.stringToSign("20150830T123600Z", "20150830/service/aws4_request", canonical);
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(publicKey(SigV4aSigner.INSTANCE.privateKeyOf(KAT)));
        verifier.update(sts.getBytes(StandardCharsets.UTF_8));
        assertTrue(!verifier.verify(HexFormat.of().parseHex(authz.substring(authz.indexOf("Signature=") + 10))));
    }

    private static PublicKey publicKey(BigInteger d) throws Exception {
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(multiply(SigV4aSigner.curve(), d),
                SigV4aSigner.curve()));
    }

    private static String hex32(BigInteger v) {
        String h = v.toString(16);
        return "0".repeat(64 - h.length()) + h;
    }

    /** d x G on the curve by double-and-add in affine coordinates (test-only; not constant time). */
    static ECPoint multiply(ECParameterSpec curve, BigInteger d) {
        BigInteger p = ((ECFieldFp) curve.getCurve().getField()).getP();
        BigInteger a = curve.getCurve().getA();
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = curve.getGenerator();
        for (int i = 0; i < d.bitLength(); i++) {
            if (d.testBit(i)) {
                result = add(result, addend, p, a);
            }
            addend = add(addend, addend, p, a);
        }
        return result;
    }

    private static ECPoint add(ECPoint s, ECPoint t, BigInteger p, BigInteger a) {
        if (s.equals(ECPoint.POINT_INFINITY)) {
            return t;
        }
        if (t.equals(ECPoint.POINT_INFINITY)) {
            return s;
        }
        BigInteger lambda;
        if (s.equals(t)) {
            lambda = s.getAffineX().pow(2).multiply(BigInteger.valueOf(3)).add(a)
                    .multiply(s.getAffineY().shiftLeft(1).modInverse(p)).mod(p);
        } else {
            if (s.getAffineX().equals(t.getAffineX())) {
                return ECPoint.POINT_INFINITY;
            }
            lambda = t.getAffineY().subtract(s.getAffineY())
                    .multiply(t.getAffineX().subtract(s.getAffineX()).modInverse(p)).mod(p);
        }
        BigInteger x = lambda.pow(2).subtract(s.getAffineX()).subtract(t.getAffineX()).mod(p);
        BigInteger y = lambda.multiply(s.getAffineX().subtract(x)).subtract(s.getAffineY()).mod(p);
        return new ECPoint(x, y);
    }
}
