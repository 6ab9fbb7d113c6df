package io.boto4j.internal.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.client.Client;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpRequest;
import io.boto4j.http.HttpResponse;
import io.boto4j.testsupport.Python;
import io.boto4j.testsupport.TestClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operation context params (a JMESPath over the call's input) pick the endpoint as botocore's do: DynamoDB's
 * account endpoints from the table ARNs of a transaction, where python's jmespath drops the nulls of a flatten
 * projection, so the first ARN is the first table named, whatever kind of item names it.
 */
class OperationContextParamsDifferentialTest {
    private static final String FIRST = "arn:aws:dynamodb:us-east-1:111122223333:table/t";
    private static final String SECOND = "arn:aws:dynamodb:us-east-1:444455556666:table/u";

    @Test
    void dynamoDbAccountEndpointsFollowTheTableArnsOfTheInputAsInBotocore() {
        String oracle = Python.run("""
                import botocore.session
                s = botocore.session.get_session()
                c = s.create_client('dynamodb', region_name='us-east-1', aws_access_key_id='a', aws_secret_access_key='b')
                class Stop(Exception):
                    pass
                def stop(request, **kw):
                    print(request.url)
                    raise Stop()
                c.meta.events.register('before-send', stop)
                first, second = '%s', '%s'
                for op, p in [('TransactWriteItems', {'TransactItems': [{'Put': {'TableName': first, 'Item': {}}},
                                                                        {'Delete': {'TableName': second, 'Key': {}}}]}),
                              ('TransactWriteItems', {'TransactItems': [{'Delete': {'TableName': second, 'Key': {}}},
                                                                        {'Put': {'TableName': first, 'Item': {}}}]}),
                              ('BatchGetItem', {'RequestItems': {second: {'Keys': [{'k': {'S': 'v'}}]}}}),
                              ('ListTables', {})]:
                    try:
                        c._make_api_call(op, p)
                    except Stop:
                        pass
                """.formatted(FIRST, SECOND), "");

        Client ddb = TestClients.session("us-east-1").client("dynamodb");
        List<String> urls = new ArrayList<>();
        ddb.meta().events().register("before-send.dynamodb", event -> {
            urls.add(event.request().build().uri().toString());
            return HttpResponse.of(200, HttpHeaders.of(Map.of()), "{}".getBytes(StandardCharsets.UTF_8));
        });
        ddb.call("TransactWriteItems", Map.of("TransactItems", List.of(
                Map.of("Put", Map.of("TableName", FIRST, "Item", Map.of())),
                Map.of("Delete", Map.of("TableName", SECOND, "Key", Map.of())))));
        ddb.call("TransactWriteItems", Map.of("TransactItems", List.of(
                Map.of("Delete", Map.of("TableName", SECOND, "Key", Map.of())),
                Map.of("Put", Map.of("TableName", FIRST, "Item", Map.of())))));
        ddb.call("BatchGetItem", Map.of("RequestItems", Map.of(SECOND,
                Map.of("Keys", List.of(Map.of("k", Map.of("S", "v")))))));
        ddb.call("ListTables", Map.of());

        assertEquals(oracle.lines().toList(), urls);
        assertEquals("https://111122223333.ddb.us-east-1.amazonaws.com/", urls.get(0));
    }
}
