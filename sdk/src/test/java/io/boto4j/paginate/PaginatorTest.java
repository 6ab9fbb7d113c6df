package io.boto4j.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.exception.ModelError;
import io.boto4j.exception.OperationNotPageableError;
import io.boto4j.exception.PaginationError;
import io.boto4j.exception.ParamValidationError;
import io.boto4j.testsupport.MarkedJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Paging behaviour beyond what the botocore oracle compares: laziness, names, and bad input. */
class PaginatorTest {
    private static final JsonNode SPEC = MarkedJson.parse("""
            {"paginator": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults",
                           "result_key": "Items"}}""");

    /** A service of {@code pages} pages of three items each, tokens "1", "2", ... */
    private static OperationInvoker api(int pages, List<Map<String, Object>> calls) {
        return (operation, params) -> {
            calls.add(params);
            int page = params.containsKey("NextToken") ? Integer.parseInt((String) params.get("NextToken")) : 0;
            List<Integer> items = List.of(page * 3, page * 3 + 1, page * 3 + 2);
            return page + 1 < pages ? Map.of("Items", items, "NextToken", String.valueOf(page + 1)) : Map.of("Items", items);
        };
    }

    private static Paginator paginator(OperationInvoker api) {
        return PaginatorOracleTest.model(SPEC).paginator("ListThings", api);
    }

    @Test
    void callsTheOperationOnlyAsPagesAreConsumed() {
        List<Map<String, Object>> calls = new ArrayList<>();
        PageIterator pages = paginator(api(5, calls)).paginate(Map.of());
        assertEquals(0, calls.size());
        Iterator<Map<String, Object>> it = pages.iterator();
        it.next();
        assertEquals(1, calls.size());
        it.next();
        assertEquals(2, calls.size());
        assertEquals(List.of(0, 1, 2, 3), pages.search("Items").limit(4).collect(Collectors.toList()));
        assertEquals(4, calls.size(), "search fetched only the two pages it needed");
    }

    @Test
    void startsOverOnEachIteration() {
        List<Map<String, Object>> calls = new ArrayList<>();
        PageIterator pages = paginator(api(2, calls)).paginate(Map.of("Filter", "x"));
        assertEquals(2, pages.stream().count());
        assertEquals(2, pages.stream().count());
        assertEquals(List.of(Map.of("Filter", "x"), Map.of("Filter", "x", "NextToken", "1"),
                Map.of("Filter", "x"), Map.of("Filter", "x", "NextToken", "1")), calls);
    }

    @Test
    void acceptsSnakeCaseAndModelNames() {
        PaginatorModel model = PaginatorOracleTest.model(SPEC);
        assertTrue(model.canPaginate("list_things"));
        assertTrue(model.canPaginate("ListThings"));
        assertFalse(model.canPaginate("get_thing"));
        assertEquals("ListThings", model.paginator("list_things", api(1, new ArrayList<>())).operationName());
    }

    @Test
    void refusesAnOperationWithoutPaginatorAsBotocoreDoes() {
        OperationNotPageableError e = assertThrows(OperationNotPageableError.class,
                () -> PaginatorOracleTest.model(SPEC).paginator("get_thing", api(1, new ArrayList<>())));
        assertEquals("Operation cannot be paginated: get_thing", e.getMessage());
    }

    @Test
    void typedConfigWorksLikeTheMapForm() {
        List<Map<String, Object>> calls = new ArrayList<>();
        PageIterator pages = paginator(api(3, calls)).paginate(Map.of(),
                PaginationConfig.NONE.withMaxItems(4).withPageSize(3));
        assertEquals(List.of(0, 1, 2, 3), pages.search("Items").collect(Collectors.toList()));
        assertEquals(3, calls.get(0).get("MaxResults"));
        PageIterator rest = paginator(api(3, calls)).paginate(Map.of(),
                PaginationConfig.NONE.withStartingToken(pages.resumeToken()));
        assertEquals(List.of(4, 5, 6, 7, 8), rest.search("Items").collect(Collectors.toList()));
    }

    @Test
    void acceptsATypedConfigInsideTheParameters() {
        List<Map<String, Object>> calls = new ArrayList<>();
        PageIterator pages = paginator(api(3, calls)).paginate(Map.of("Filter", "x",
                Paginator.PAGINATION_CONFIG, PaginationConfig.NONE.withMaxItems(2)));
        assertEquals(List.of(0, 1), pages.search("Items").collect(Collectors.toList()));
        assertEquals(List.of(Map.of("Filter", "x")), calls);
    }

    @Test
    void namesAnUnknownPaginationConfigKey() {
        ParamValidationError e = assertThrows(ParamValidationError.class, () -> paginator(api(1, new ArrayList<>()))
                .paginate(Map.of("PaginationConfig", Map.of("MaxItem", 3))));
        assertTrue(e.getMessage().contains("\"MaxItem\""), e.getMessage());
    }

    @Test
    void namesABadMaxItemsValue() {
        ParamValidationError e = assertThrows(ParamValidationError.class, () -> paginator(api(1, new ArrayList<>()))
                .paginate(Map.of("PaginationConfig", Map.of("MaxItems", "ten"))));
        assertTrue(e.getMessage().contains("PaginationConfig.MaxItems"), e.getMessage());
    }

    @Test
    void rejectsAStartingTokenOfAnotherPaginatorBeforeAnyCall() {
        List<Map<String, Object>> calls = new ArrayList<>();
        String otherToken = TokenCodec.encode(new java.util.LinkedHashMap<>(Map.of("Marker", "m")));
        ParamValidationError e = assertThrows(ParamValidationError.class, () -> paginator(api(1, calls))
                .paginate(Map.of("PaginationConfig", Map.of("StartingToken", otherToken))));
        assertTrue(e.getMessage().contains("StartingToken"), e.getMessage());
        assertEquals(0, calls.size());
    }

    @Test
    void refusesPageSizeWhenTheOperationHasNoLimitKey() {
        JsonNode spec = MarkedJson.parse("""
                {"paginator": {"input_token": "NextToken", "output_token": "NextToken", "result_key": "Items"}}""");
        PaginationError e = assertThrows(PaginationError.class, () -> PaginatorOracleTest.model(spec)
                .paginator("ListThings", api(1, new ArrayList<>())).paginate(Map.of("PaginationConfig", Map.of("PageSize", 5))));
        assertTrue(e.getMessage().contains("PageSize"), e.getMessage());
    }

    @Test
    void reportsAMalformedPaginatorNamingItsFileAndField() {
        JsonNode spec = MarkedJson.parse("""
                {"paginator": {"input_token": "NextToken", "result_key": "Items"}}""");
        ModelError e = assertThrows(ModelError.class, () -> PaginatorOracleTest.model(spec)
                .paginator("ListThings", api(1, new ArrayList<>())));
        assertEquals("things paginators-1: paginator ListThings has no output_token", e.getMessage());
    }

    @Test
    void reportsAnInvalidResultKeyExpression() {
        JsonNode spec = MarkedJson.parse("""
                {"paginator": {"input_token": "NextToken", "output_token": "NextToken", "result_key": "Items[?"}}""");
        ModelError e = assertThrows(ModelError.class, () -> PaginatorOracleTest.model(spec)
                .paginator("ListThings", api(1, new ArrayList<>())));
        assertTrue(e.getMessage().contains("result_key is not valid JMESPath"), e.getMessage());
    }

    @Test
    void validationFindsTokensAndKeysTheShapesDoNotHave() {
        JsonNode spec = MarkedJson.parse("""
                {"paginator": {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults",
                               "result_key": "Items"}}""");
        List<String> problems = PaginatorOracleTest.model(spec).validate();
        assertEquals(List.of(
                "things.ListThings: output_token 'NextToken' selects nothing the output shape can hold",
                "things.ListThings: result_key 'Items' selects nothing the output shape can hold"), problems);
    }
}
