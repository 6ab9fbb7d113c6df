package io.boto4j.internal.customizations;

import static io.boto4j.internal.customizations.CustomizationClients.client;
import static io.boto4j.internal.customizations.CustomizationClients.list;
import static io.boto4j.internal.customizations.CustomizationClients.map;
import static io.boto4j.internal.customizations.CustomizationClients.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.exception.ChecksumError;
import io.boto4j.testsupport.FaultServer;
import io.boto4j.testsupport.MotoServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customizations of services other than S3, against moto where it implements the operation. */
class ServiceCustomizationsTest {
    private static final String MOTO = MotoServer.shared().endpoint();

    @Test
    void route53AcceptsIdsWithTheirPrefixesAsReturned() {
        Client r53 = client("route53", MOTO);
        Map<String, Object> created = r53.call("CreateHostedZone", Map.of("Name", unique("zone") + ".example.com.",
                "CallerReference", unique("ref")));
        String id = (String) map(created.get("HostedZone")).get("Id");
        assertTrue(id.startsWith("/hostedzone/"), id);
        Map<String, Object> got = r53.call("GetHostedZone", Map.of("Id", id));
        assertEquals(id, map(got.get("HostedZone")).get("Id"));
        Map<String, Object> changed = r53.call("ChangeResourceRecordSets", Map.of("HostedZoneId", id,
                "ChangeBatch", Map.of("Changes", List.of(Map.of("Action", "UPSERT", "ResourceRecordSet",
                        Map.of("Name", "www." + map(got.get("HostedZone")).get("Name"), "Type", "A", "TTL", 60,
                                "ResourceRecords", List.of(Map.of("Value", "10.0.0.1"))))))));
        String changeId = (String) map(changed.get("ChangeInfo")).get("Id");
        assertEquals(changeId.substring(changeId.lastIndexOf('/') + 1),
                ((String) map(r53.call("GetChange", Map.of("Id", changeId)).get("ChangeInfo")).get("Id"))
                        .replaceAll(".*/", ""));
    }

    @Test
    void ec2ConsoleOutputIsReturnedAsText() {
        Client ec2 = client("ec2", MOTO);
        List<Map<String, Object>> amis = list(ec2.call("DescribeImages", Map.of()).get("Images"));
        Map<String, Object> run = ec2.call("RunInstances", Map.of("ImageId", amis.get(0).get("ImageId"),
                "MinCount", 1, "MaxCount", 1, "UserData", "#!/bin/sh\necho hello"));
        String instance = (String) list(run.get("Instances")).get(0).get("InstanceId");
        Map<String, Object> out = ec2.call("GetConsoleOutput", Map.of("InstanceId", instance));
        String text = (String) out.get("Output");
        // moto's console output is fixed text, sent base64-encoded like EC2's
        assertTrue(text.contains("Linux"), text);
        Map<String, Object> attr = ec2.call("DescribeInstanceAttribute", Map.of("InstanceId", instance,
                "Attribute", "userData"));
        String stored = (String) map(attr.get("UserData")).get("Value");
        assertEquals("#!/bin/sh\necho hello", new String(java.util.Base64.getDecoder().decode(stored),
                StandardCharsets.UTF_8));
    }

    @Test
    void ec2CopiesASnapshotFromAnotherRegionWithAComputedPresignedUrl() {
        Client east = CustomizationClients.client("ec2", "us-east-1", MOTO, io.boto4j.config.Config.builder().build());
        Client west = CustomizationClients.client("ec2", "us-west-2", MOTO, io.boto4j.config.Config.builder().build());
        String volume = (String) east.call("CreateVolume", Map.of("AvailabilityZone", "us-east-1a", "Size", 1))
                .get("VolumeId");
        String snapshot = (String) east.call("CreateSnapshot", Map.of("VolumeId", volume)).get("SnapshotId");
        String[] sentUrl = new String[1];
        west.meta().events().register("before-send.ec2.CopySnapshot", event -> {
            io.boto4j.http.HttpRequest r = event.request().build();
            try (var in = r.body().newStream()) {
                sentUrl[0] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        Map<String, Object> copied = west.call("CopySnapshot", Map.of("SourceRegion", "us-east-1",
                "SourceSnapshotId", snapshot));
        assertTrue(((String) copied.get("SnapshotId")).startsWith("snap-"));
        assertTrue(sentUrl[0].contains("PresignedUrl=") && sentUrl[0].contains("DestinationRegion=us-west-2"),
                sentUrl[0]);
        // the form field holds the URL, whose query holds the credential scope: encoded twice
        String twiceDecoded = java.net.URLDecoder.decode(java.net.URLDecoder.decode(sentUrl[0], StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertTrue(twiceDecoded.contains("/us-east-1/ec2/aws4_request"), sentUrl[0]);
    }

    @Test
    void glacierDefaultsTheAccountAndUploadsWithTreeHashes() {
        Client glacier = client("glacier", MOTO);
        String vault = unique("vault");
        glacier.call("CreateVault", Map.of("vaultName", vault));
        Map<String, Object> up = glacier.call("UploadArchive", Map.of("vaultName", vault,
                "body", "x".repeat(2 * 1024 * 1024 + 5)));
        assertTrue(up.get("archiveId") instanceof String);
        List<Map<String, Object>> vaults = list(glacier.call("ListVaults", Map.of()).get("VaultList"));
        assertTrue(vaults.stream().anyMatch(v -> vault.equals(v.get("VaultName"))));
    }

    @Test
    void iamPolicyDocumentsComeBackAsMaps() {
        Client iam = client("iam", MOTO);
        String role = unique("role");
        Map<String, Object> policy = Map.of("Version", "2012-10-17", "Statement", List.of(Map.of("Effect", "Allow",
                "Principal", Map.of("Service", "ec2.amazonaws.com"), "Action", "sts:AssumeRole")));
        iam.call("CreateRole", Map.of("RoleName", role, "AssumeRolePolicyDocument",
                io.boto4j.internal.json.Json.write(policy)));
        Object doc = map(iam.call("GetRole", Map.of("RoleName", role)).get("Role")).get("AssumeRolePolicyDocument");
        assertEquals(policy, doc);
        Object listed = list(iam.call("ListRoles", Map.of()).get("Roles")).stream()
                .filter(r -> role.equals(r.get("RoleName"))).findFirst().orElseThrow().get("AssumeRolePolicyDocument");
        assertEquals(policy, listed);
    }

    @Test
    void cloudFormationJsonTemplateBodyIsAMapAndYamlStaysText() {
        Client cfn = client("cloudformation", MOTO);
        String json = "{\"Resources\":{\"Q\":{\"Type\":\"AWS::SQS::Queue\",\"Properties\":{\"QueueName\":\""
                + unique("q") + "\"}}}}";
        String stack = unique("stack");
        cfn.call("CreateStack", Map.of("StackName", stack, "TemplateBody", json));
        Object body = cfn.call("GetTemplate", Map.of("StackName", stack)).get("TemplateBody");
        assertInstanceOf(Map.class, body);
        assertEquals("AWS::SQS::Queue", map(map(map(body).get("Resources")).get("Q")).get("Type"));

        String yaml = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n";
        String yamlStack = unique("stack");
        cfn.call("CreateStack", Map.of("StackName", yamlStack, "TemplateBody", yaml));
        assertEquals(yaml, cfn.call("GetTemplate", Map.of("StackName", yamlStack)).get("TemplateBody"));
    }

    @Test
    void apiGatewayAnswersInJson() {
        Client apigw = client("apigateway", MOTO);
        String name = unique("api");
        apigw.call("CreateRestApi", Map.of("name", name));
        List<Map<String, Object>> items = list(apigw.call("GetRestApis", Map.of()).get("items"));
        assertTrue(items.stream().anyMatch(i -> name.equals(i.get("name"))));
    }

    @Test
    void sqsMessageDigestsAreCheckedOnSendAndReceive() {
        Client sqs = client("sqs", MOTO);
        String url = (String) sqs.call("CreateQueue", Map.of("QueueName", unique("q"))).get("QueueUrl");
        Map<String, Object> attrs = Map.of("colour", Map.of("DataType", "String", "StringValue", "blue"),
                "blob", Map.of("DataType", "Binary", "BinaryValue", new byte[] {1, 2, 3}),
                "n", Map.of("DataType", "Number", "StringValue", "42"));
        sqs.call("SendMessage", Map.of("QueueUrl", url, "MessageBody", "héllo", "MessageAttributes", attrs));
        sqs.call("SendMessageBatch", Map.of("QueueUrl", url, "Entries", List.of(
                Map.of("Id", "1", "MessageBody", "one", "MessageAttributes", attrs),
                Map.of("Id", "2", "MessageBody", "two"))));
        Map<String, Object> got = sqs.call("ReceiveMessage", Map.of("QueueUrl", url, "MaxNumberOfMessages", 10,
                "MessageAttributeNames", List.of("All")));
        assertEquals(3, list(got.get("Messages")).size());
    }

    @Test
    void sqsBodyDigestMismatchRaisesAChecksumErrorWithoutTheBody() throws Exception {
        String reply = "{\"MessageId\":\"m1\",\"MD5OfMessageBody\":\"00000000000000000000000000000000\"}";
        try (FaultServer server = new FaultServer(FaultServer.json(200, reply))) {
            Client sqs = client("sqs", server.endpoint());
            ChecksumError e = assertThrows(ChecksumError.class, () -> sqs.call("SendMessage", Map.of("QueueUrl",
                    server.endpoint() + "/123456789012/q", "MessageBody", "secret payload")));
            assertTrue(e.getMessage().contains("message body"), e.getMessage());
            assertFalse(e.getMessage().contains("secret payload"), e.getMessage());
        }
    }

    @Test
    void sqsReceivedAttributeDigestMismatchRaises() throws Exception {
        String reply = "{\"Messages\":[{\"MessageId\":\"m1\",\"ReceiptHandle\":\"r\",\"Body\":\"hi\","
                + "\"MD5OfBody\":\"49f68a5c8493ec2c0bf489821c21fc3b\",\"MD5OfMessageAttributes\":"
                + "\"11111111111111111111111111111111\",\"MessageAttributes\":{\"a\":{\"DataType\":\"String\","
                + "\"StringValue\":\"v\"}}}]}";
        try (FaultServer server = new FaultServer(FaultServer.json(200, reply))) {
            ChecksumError e = assertThrows(ChecksumError.class, () -> client("sqs", server.endpoint())
                    .call("ReceiveMessage", Map.of("QueueUrl", server.endpoint() + "/1/q")));
            assertTrue(e.getMessage().contains("message attributes of received message m1"), e.getMessage());
        }
    }

    @Test
    void cloudSearchDomainSearchIsSentAsAFormPost() throws Exception {
        try (FaultServer server = new FaultServer(new FaultServer.Respond(200,
                Map.of("Content-Type", "application/json"), "{\"hits\":{\"found\":0,\"start\":0,\"hit\":[]}}"))) {
            Map<String, Object> out = client("cloudsearchdomain", server.endpoint()).call("Search",
                    Map.of("query", "star wars & more"));
            assertEquals(0, ((Number) map(out.get("hits")).get("found")).intValue());
            FaultServer.Request r = server.requests().get(0);
            assertEquals("POST", r.method());
            assertEquals("/2013-01-01/search", r.target());
            assertEquals("application/x-www-form-urlencoded", r.header("Content-Type"));
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("q=star%20wars%20%26%20more"));
        }
    }

    @Test
    void ssoOidcErrorDescriptionBecomesTheMessage() throws Exception {
        String body = "{\"error\":\"authorization_pending\",\"error_description\":\"The user has not approved yet\"}";
        try (FaultServer server = new FaultServer(new FaultServer.Respond(400, Map.of("Content-Type",
                "application/json", "x-amzn-ErrorType", "AuthorizationPendingException"), body))) {
            io.boto4j.exception.ClientError e = assertThrows(io.boto4j.exception.ClientError.class,
                    () -> client("sso-oidc", server.endpoint()).call("CreateToken", Map.of("clientId", "c",
                            "clientSecret", "s", "grantType", "urn:ietf:params:oauth:grant-type:device_code",
                            "deviceCode", "d")));
            assertEquals("AuthorizationPendingException", e.getErrorCode());
            assertEquals("The user has not approved yet", e.getErrorMessage());
        }
    }

    @Test
    void stsWebIdentityAndCognitoGetIdGoUnsigned() throws Exception {
        try (FaultServer server = new FaultServer(FaultServer.json(200, "{\"IdentityId\":\"us-east-1:1\"}"))) {
            client("cognito-identity", server.endpoint()).call("GetId", Map.of("IdentityPoolId", "us-east-1:0"));
            assertEquals(null, server.requests().get(0).header("Authorization"));
        }
    }
}
