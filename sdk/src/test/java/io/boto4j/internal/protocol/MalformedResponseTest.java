package io.boto4j.internal.protocol;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.dataformat.cbor.CBORFactory;
import tools.jackson.core.JsonGenerator;
import io.boto4j.exception.ResponseParserError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses that cannot be parsed: each gives a clear error that keeps the status and the start of the raw
 * body, never a NullPointerException. Success bodies raise ResponseParserError; error bodies become botocore's
 * generic error (Code = the status, Message = its reason phrase).
 */
class MalformedResponseTest {
    private static final Loader LOADER = Loader.fromEnvironment();

    private static OperationModel op(String service, String operation) {
        return ModelTrees.fromTree(service, LOADER.loadServiceModel(service, "service-2", null))
                .operationModel(operation);
    }

    private static HttpResponse response(int status, String contentType, byte[] body) {
        return HttpResponse.of(status, contentType == null ? HttpHeaders.empty()
                : HttpHeaders.of(Map.of("Content-Type", contentType)), body);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static ResponseParserError parseFails(OperationModel op, HttpResponse response) {
        return assertThrows(ResponseParserError.class, () -> Parsers.forModel(op.serviceModel()).parse(op, response));
    }

    @Test
    void truncatedXmlSuccessBodyRaisesResponseParserErrorWithStatusAndBodyStart() {
        String xml = "<ListBucketResult><Name>b</Name><Contents><Key>k1</Key><Size>1";
        ResponseParserError e = parseFails(op("s3", "ListObjectsV2"), response(200, "application/xml", utf8(xml)));
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("<ListBucketResult><Name>b</Name>"), e.getMessage());
    }

    @Test
    void truncatedJsonSuccessBodyRaisesResponseParserError() {
        String json = "{\"Item\":{\"id\":{\"S\":\"1\"},\"n\":{\"N\":";
        ResponseParserError e = parseFails(op("dynamodb", "GetItem"), response(200, "application/x-amz-json-1.0", utf8(json)));
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
        assertTrue(e.getMessage().contains("{\"Item\":{\"id\""), e.getMessage());
    }

    @Test
    void truncatedCborSuccessBodyRaisesResponseParserError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new CBORFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("NextToken", "abcdefghijklmnop");
            g.writeEndObject();
        }
        byte[] cbor = Arrays.copyOf(out.toByteArray(), out.size() - 6);
        OperationModel op = op("cloudwatch", "GetMetricData");
        ResponseParserError e = assertThrows(ResponseParserError.class, () ->
                Parsers.forProtocol("smithy-rpc-v2-cbor").parse(op, response(200, "application/cbor", cbor)));
        assertTrue(e.getMessage().contains("HTTP 200"), e.getMessage());
    }

    @Test
    void htmlInPlaceOfJsonIsAParseErrorNamingTheContentType() {
        String html = "<html><head><title>Sign in to the Wi-Fi</title></head></html>";
        ResponseParserError e = parseFails(op("sqs", "SendMessage"), response(200, "text/html", utf8(html)));
        assertTrue(e.getMessage().contains("text/html"), e.getMessage());
        assertTrue(e.getMessage().contains("Sign in to the Wi-Fi"), e.getMessage());
    }

    @Test
    void jsonInPlaceOfXmlIsAParseError() {
        ResponseParserError e = parseFails(op("sns", "Publish"), response(200, "application/json", utf8("{\"MessageId\":\"1\"}")));
        assertTrue(e.getMessage().contains("{\"MessageId\""), e.getMessage());
    }

    @Test
    void aLongBodyIsCutToItsFirstKilobyteInTheMessage() {
        byte[] body = utf8("<html>" + "x".repeat(5000));
        ResponseParserError e = parseFails(op("sqs", "SendMessage"), response(200, "text/html", body));
        assertTrue(e.getMessage().contains("more bytes"), e.getMessage());
        assertTrue(e.getMessage().length() < 1500, "message length " + e.getMessage().length());
    }

    @Test
    void proxyHtmlPageWithAServerErrorIsTheGenericErrorForEveryProtocol() {
        byte[] html = utf8("  <html><body><b>Http/1.1 Service Unavailable</b></body></html>");
        for (OperationModel op : new OperationModel[] {op("sns", "Publish"), op("ec2", "DescribeInstances"),
                op("sqs", "SendMessage"), op("lambda", "Invoke"), op("s3", "GetObject")}) {
            Map<String, Object> error = Parsers.forModel(op.serviceModel()).parse(op, response(503, "text/html", html));
            Map<?, ?> e = (Map<?, ?>) error.get("Error");
            assertEquals("503", e.get("Code"), op.serviceModel().serviceName());
            assertEquals("Service Unavailable", e.get("Message"), op.serviceModel().serviceName());
            assertEquals(503, ((Map<?, ?>) error.get("ResponseMetadata")).get("HTTPStatusCode"));
        }
    }

    @Test
    void emptyBodyWithStatus500IsTheGenericErrorForEveryProtocol() {
        for (OperationModel op : new OperationModel[] {op("sns", "Publish"), op("ec2", "DescribeInstances"),
                op("dynamodb", "GetItem"), op("lambda", "Invoke"), op("s3", "ListObjectsV2")}) {
            Map<String, Object> error = Parsers.forModel(op.serviceModel()).parse(op, response(500, null, new byte[0]));
            Map<?, ?> e = (Map<?, ?>) error.get("Error");
            assertEquals("500", e.get("Code"), op.serviceModel().serviceName());
            assertEquals("Internal Server Error", e.get("Message"), op.serviceModel().serviceName());
        }
    }

    @Test
    void unparsableQueryErrorBodyKeepsStatusAndRawBody() {
        byte[] body = utf8("<ErrorResponse><Error><Code>Throttling</Code>");
        Map<String, Object> error = Parsers.forModel(op("sns", "Publish").serviceModel())
                .parseError(op("sns", "Publish"), response(400, "text/xml", body));
        Map<?, ?> e = (Map<?, ?>) error.get("Error");
        assertEquals("400", e.get("Code"));
        assertEquals("Bad Request", e.get("Message"));
        assertTrue(e.get("RawBody").toString().startsWith("<ErrorResponse>"), e.toString());
    }

    @Test
    void htmlForbiddenPageOnRestXmlFallsBackToTheStatus() {
        byte[] body = utf8("<html><body>Forbidden by proxy policy<br></body></html>");
        Map<String, Object> error = Parsers.forModel(op("s3", "GetObject").serviceModel())
                .parseError(op("s3", "GetObject"), response(403, "text/html", body));
        Map<?, ?> e = (Map<?, ?>) error.get("Error");
        assertEquals("403", e.get("Code"));
        assertEquals("Forbidden", e.get("Message"));
        assertTrue(e.get("RawBody").toString().contains("Forbidden by proxy policy"), e.toString());
    }

    @Test
    void emptySuccessBodiesParseToMetadataOnly() {
        for (OperationModel op : new OperationModel[] {op("sns", "Publish"), op("ec2", "DescribeInstances"),
                op("dynamodb", "GetItem"), op("lambda", "GetFunction"), op("s3", "ListObjectsV2")}) {
            Map<String, Object> out = Parsers.forModel(op.serviceModel()).parse(op, response(200, null, new byte[0]));
            assertEquals(200, ((Map<?, ?>) out.get("ResponseMetadata")).get("HTTPStatusCode"));
        }
    }

    @Test
    void secretsInACutShortCredentialsResponseStayOutOfTheMessage() {
        String xml = "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId>"
                + "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>"
                + "<SessionToken>FwoGZXIvYXdzEXAMPLETOKEN";
        ResponseParserError e = parseFails(op("sts", "AssumeRole"), response(200, "text/xml", utf8(xml)));
        assertTrue(!e.getMessage().contains("wJalrXUtnFEMI") && !e.getMessage().contains("FwoGZXIvYXdz"), e.getMessage());
        assertTrue(e.getMessage().contains("<AccessKeyId>ASIAEXAMPLE"), e.getMessage());

        String json = "{\"credentials\":{\"accessKeyId\":\"ASIA2\",\"secretAccessKey\":\"s3cr3tValue\",\"sessionToken\":\"tok3n";
        e = parseFails(op("sso", "GetRoleCredentials"), response(200, "application/json", utf8(json)));
        assertTrue(!e.getMessage().contains("s3cr3tValue") && !e.getMessage().contains("tok3n"), e.getMessage());
    }

    @Test
    void badTimestampTextNamesTheShape() {
        String xml = "<ListBucketResult><Contents><Key>k</Key><LastModified>yesterday</LastModified></Contents>"
                + "</ListBucketResult>";
        ResponseParserError e = parseFails(op("s3", "ListObjectsV2"), response(200, "application/xml", utf8(xml)));
        assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
    }
}
