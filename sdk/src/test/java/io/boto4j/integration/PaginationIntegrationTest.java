package io.boto4j.integration;

import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.client.Client;
import io.boto4j.client.Result;
import io.boto4j.config.Config;
import io.boto4j.internal.json.Json;
import io.boto4j.paginate.PageIterator;
import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paginators against moto, with boto3 (python3) producing and consuming resume tokens in the same test. */
class PaginationIntegrationTest extends MotoTest {
    static Client s3;
    static String bucket;
    static List<String> allKeys;

    private static final String BOTO3_PAGES = """
            import json, sys, boto3
            from botocore.config import Config
            a = json.load(sys.stdin)
            s3 = boto3.client('s3', endpoint_url=a['endpoint'], region_name='us-east-1', aws_access_key_id='testing',
                              aws_secret_access_key='testing', config=Config(s3={'addressing_style': 'path'}))
            cfg = {'MaxItems': a['max_items'], 'PageSize': a['page_size']}
            if a.get('token'):
                cfg['StartingToken'] = a['token']
            it = s3.get_paginator('list_objects_v2').paginate(Bucket=a['bucket'], PaginationConfig=cfg)
            keys = [o['Key'] for page in it for o in page.get('Contents', [])]
            print(json.dumps({'keys': keys, 'token': it.resume_token}))
            """;

    @BeforeAll
    static void fillABucketWith2500Keys() {
        s3 = client("s3", Config.builder().s3(Map.of("addressing_style", "path")).build());
        bucket = unique("pages");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        allKeys = IntStream.range(0, 2500).mapToObj(i -> String.format("key/%05d", i)).toList();
        allKeys.parallelStream().forEach(k -> s3.call("PutObject", Map.of("Bucket", bucket, "Key", k, "Body", "x")));
    }

    private static Map<String, Object> boto3(String token) {
        String out = Python.run(BOTO3_PAGES, Json.write(Map.of("endpoint", MOTO.endpoint(), "bucket", bucket,
                "max_items", 250, "page_size", 100, "token", token == null ? "" : token)));
        return (Map) JsonTrees.toJava(readTree(out));
    }

    private static io.boto4j.internal.json.JsonNode readTree(String s) {
        try {
            return JsonTrees.read(s);
        } catch (JacksonException e) {
            throw new IllegalStateException(s, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(PageIterator<Result> pages) {
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> page : pages) {
            for (Object o : (List<Object>) page.getOrDefault("Contents", List.of())) {
                keys.add((String) ((Map<String, Object>) o).get("Key"));
            }
        }
        return keys;
    }

    @Test
    void stopsAtMaxItemsInPagesOfPageSizeAndResumesWhereBoto3Does() {
        PageIterator pages = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", bucket,
                "PaginationConfig", Map.of("MaxItems", 250, "PageSize", 100)));
        List<Map<String, Object>> collected = pages.stream().toList();
        assertEquals(List.of(100, 100, 50), collected.stream()
                .map(p -> ((List<?>) p.get("Contents")).size()).toList());
        String token = pages.resumeToken();
        assertNotNull(token);

        // boto3 resumes from boto4j's token and lands exactly after key 250
        Map<String, Object> fromBoto3 = boto3(token);
        assertEquals(allKeys.subList(250, 500), fromBoto3.get("keys"));

        // and boto4j resumes from boto3's token
        Map<String, Object> first = boto3(null);
        assertEquals(allKeys.subList(0, 250), first.get("keys"));
        PageIterator resumed = s3.getPaginator("ListObjectsV2").paginate(Map.of("Bucket", bucket,
                "PaginationConfig", Map.of("MaxItems", 250, "PageSize", 100, "StartingToken", first.get("token"))));
        assertEquals(allKeys.subList(250, 500), keys(resumed));
        assertEquals(token, first.get("token"), "both SDKs encode the same resume token");
    }

    @Test
    void buildsTheFullResultOfEveryPage() {
        Map<String, Object> full = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", bucket,
                "PaginationConfig", Map.of("PageSize", 1000))).buildFullResult();
        assertEquals(2500, ((List<?>) full.get("Contents")).size());
    }

    @Test
    void paginatesDynamoDbScansAndQueries() {
        Client ddb = client("dynamodb");
        String table = unique("paged");
        ddb.call("CreateTable", Map.of("TableName", table,
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"), Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                "AttributeDefinitions", List.of(Map.of("AttributeName", "pk", "AttributeType", "S"), Map.of("AttributeName", "sk", "AttributeType", "N")),
                "BillingMode", "PAY_PER_REQUEST"));
        for (int i = 0; i < 30; i++) {
            ddb.call("PutItem", Map.of("TableName", table, "Item", Map.of("pk", Map.of("S", i < 20 ? "a" : "b"),
                    "sk", Map.of("N", Integer.toString(i)))));
        }
        PageIterator scan = ddb.getPaginator("scan").paginate(Map.of("TableName", table,
                "PaginationConfig", Map.of("PageSize", 7)));
        List<Map<String, Object>> pages = scan.stream().toList();
        assertTrue(pages.size() >= 5, "pages: " + pages.size());
        assertEquals(30, pages.stream().mapToInt(p -> ((Number) p.get("Count")).intValue()).sum());

        Map<String, Object> query = ddb.getPaginator("query").paginate(Map.of("TableName", table,
                "KeyConditionExpression", "pk = :p", "ExpressionAttributeValues", Map.of(":p", Map.of("S", "a")),
                "PaginationConfig", Map.of("PageSize", 6))).buildFullResult();
        assertEquals(20, ((List<?>) query.get("Items")).size());
    }

    @Test
    void paginatesSqsQueuesAndSearchesIamUsers() {
        Client sqs = client("sqs");
        List<String> bodies = new ArrayList<>();
        sqs.meta().events().register("before-send.sqs.ListQueues", event -> {
            bodies.add(new String(event.request().build().body().bytesIfBuffered(),
                    java.nio.charset.StandardCharsets.UTF_8));
            return null;
        });
        String prefix = unique("pq");
        for (int i = 0; i < 7; i++) {
            sqs.call("CreateQueue", Map.of("QueueName", prefix + "-" + i));
        }
        List<Result> pages = sqs.getPaginator("list_queues").paginate(Map.of("QueueNamePrefix", prefix,
                "PaginationConfig", Map.of("PageSize", 3))).stream().toList();
        assertEquals(7, pages.stream().mapToInt(p -> ((List<?>) p.getOrDefault("QueueUrls", List.of())).size()).sum());
        // moto answers ListQueues in one page whatever MaxResults says (boto3 sees the same); the page size is sent
        assertTrue(bodies.get(0).contains("\"MaxResults\":3"), bodies.toString());

        Client iam = client("iam");
        String userPrefix = unique("u");
        for (int i = 0; i < 5; i++) {
            iam.call("CreateUser", Map.of("UserName", userPrefix + i));
        }
        List<Object> names = iam.getPaginator("list_users").paginate(Map.of("PaginationConfig", Map.of("PageSize", 2)))
                .search("Users[].UserName").collect(Collectors.toList());
        for (int i = 0; i < 5; i++) {
            assertTrue(names.contains(userPrefix + i), names.toString());
        }
        assertTrue(iam.canPaginate("list_users"));
    }
}
