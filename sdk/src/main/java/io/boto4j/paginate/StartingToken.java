package io.boto4j.paginate;

import io.boto4j.exception.ParamValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@code StartingToken} read back: the input tokens to send and how many items of the first page were already
 * returned. Reads boto3's current format and, as boto3 still does, the old {@code tok1___tok2___index} one.
 */
record StartingToken(Map<String, Object> tokens, int index) {

    static StartingToken parse(String token, List<String> inputTokens) {
        Map<String, Object> decoded;
        try {
            decoded = TokenCodec.decode(token);
        } catch (IllegalArgumentException e) {
            return parseLegacy(token, inputTokens);
        }
        int index = 0;
        if (decoded.containsKey(PageRun.TRUNCATE_AMOUNT)) {
            Object amount = decoded.remove(PageRun.TRUNCATE_AMOUNT);
            if (!(amount instanceof Integer || amount instanceof Long)) {
                throw bad("boto_truncate_amount is " + amount + ", not an integer");
            }
            index = ((Number) amount).intValue();
        }
        if (!new TreeSet<>(decoded.keySet()).equals(new TreeSet<>(inputTokens))) {
            throw bad("it holds " + decoded.keySet() + " but this paginator's tokens are " + inputTokens);
        }
        return new StartingToken(decoded, index);
    }

    private static StartingToken parseLegacy(String token, List<String> inputTokens) {
        List<String> parts = new ArrayList<>(List.of(token.split("___", -1)));
        int index = 0;
        if (parts.size() == inputTokens.size() + 1) {
            try {
                index = Integer.parseInt(parts.get(parts.size() - 1));
                parts.remove(parts.size() - 1);
            } catch (NumberFormatException e) {
                // not an old-style token after all: the whole string is the service's own token
                parts = new ArrayList<>(List.of(token));
            }
        }
        if (parts.size() > inputTokens.size()) {
            throw bad("it has " + parts.size() + " parts but this paginator has " + inputTokens.size() + " tokens");
        }
        Map<String, Object> tokens = new LinkedHashMap<>();
        for (int i = 0; i < inputTokens.size(); i++) {
            String part = i < parts.size() ? parts.get(i) : null;
            tokens.put(inputTokens.get(i), "None".equals(part) ? null : part);
        }
        return new StartingToken(tokens, index);
    }

    private static ParamValidationError bad(String why) {
        return new ParamValidationError(List.of("Invalid PaginationConfig.StartingToken: " + why));
    }
}
