package io.boto4j.paginate;

import io.boto4j.exception.PaginationError;
import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.jmespath.JmesPathExpression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One pass over the pages, fetched one call at a time as the consumer asks. Follows botocore's
 * {@code PageIterator}: the work after a page (counting its items, reading the next token, checking for a
 * repeated token) happens when the next page is asked for, so a consumer sees every page that arrived before an
 * error.
 */
final class PageRun implements Iterator<Map<String, Object>> {
    static final String TRUNCATE_AMOUNT = "boto_truncate_amount";

    private final PaginatorDefinition definition;
    private final OperationInvoker invoker;
    private final PageIterator owner;
    private final Integer maxItems;
    private final Map<String, Object> params;
    private final boolean resuming;
    private final int startingIndex;

    private Map<String, Object> nextToken;
    private Map<String, Object> previousNextToken;
    private int totalItems;
    private boolean firstRequest = true;
    private int startingTruncation;
    private Map<String, Object> pending;
    private Map<String, Object> lastPage;
    private int lastPageItems;
    private boolean finished;

    PageRun(PaginatorDefinition definition, OperationInvoker invoker, PageIterator owner,
            Map<String, Object> params, PaginationConfig config, Object pageSizeValue) {
        this.definition = definition;
        this.invoker = invoker;
        this.owner = owner;
        this.maxItems = config.maxItems();
        this.params = new LinkedHashMap<>(params);
        this.nextToken = new LinkedHashMap<>();
        for (String key : definition.inputTokens()) {
            nextToken.put(key, null);
        }
        if (config.startingToken() != null) {
            StartingToken start = StartingToken.parse(config.startingToken(), definition.inputTokens());
            this.nextToken = new LinkedHashMap<>(start.tokens());
            this.startingIndex = start.index();
            this.resuming = true;
            inject(nextToken);
        } else {
            this.startingIndex = 0;
            this.resuming = false;
        }
        if (pageSizeValue != null) {
            this.params.put(definition.limitKey(), pageSizeValue);
        }
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        if (lastPage != null) {
            Map<String, Object> page = lastPage;
            lastPage = null;
            advancePast(page);
            if (finished) {
                return false;
            }
        }
        pending = fetch();
        return true;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Map<String, Object> page = pending;
        pending = null;
        return page;
    }

    private Map<String, Object> fetch() {
        Map<String, Object> page = invoker.invoke(definition.operationName(), Collections.unmodifiableMap(new LinkedHashMap<>(params)));
        if (page == null) {
            page = Map.of();
        }
        if (firstRequest) {
            if (resuming) {
                page = skipAlreadySeen(page);
            }
            firstRequest = false;
            owner.recordNonAggregatePart(nonAggregatePart(page));
        } else {
            startingTruncation = 0;
        }
        List<PaginatorDefinition.Key> resultKeys = definition.resultKeys();
        Object current = resultKeys.isEmpty() ? null : resultKeys.get(0).expression().search(page);
        int count = length(current);
        int truncateAmount = maxItems == null ? 0 : totalItems + count - maxItems;
        if (truncateAmount > 0) {
            page = truncate(page, current, count - truncateAmount);
            finished = true;
        } else {
            lastPage = page;
            lastPageItems = count;
        }
        return page;
    }

    /** A loop, not a stream: it runs on every page, the first one in a fresh JVM included. */
    private static boolean allNull(Map<String, Object> token) {
        for (Object v : token.values()) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    private void advancePast(Map<String, Object> page) {
        totalItems += lastPageItems;
        Map<String, Object> token = nextTokenOf(page);
        if (allNull(token)) {
            finished = true;
            return;
        }
        if (maxItems != null && totalItems == maxItems) {
            // on a page boundary: the service's own token resumes exactly here
            owner.recordResumeToken(TokenCodec.encode(token));
            finished = true;
            return;
        }
        if (previousNextToken != null && JmesPath.valuesEqual(previousNextToken, token)) {
            finished = true;
            throw new PaginationError("The same next token was received twice: " + PythonJson.write(printable(token)));
        }
        inject(token);
        previousNextToken = token;
        nextToken = token;
    }

    private Map<String, Object> nextTokenOf(Map<String, Object> page) {
        JmesPathExpression more = definition.moreResults();
        if (more != null && !PythonTruth.isTrue(more.search(page))) {
            return Map.of();
        }
        Map<String, Object> tokens = new LinkedHashMap<>();
        List<String> inputs = definition.inputTokens();
        List<JmesPathExpression> outputs = definition.outputTokens();
        for (int i = 0; i < Math.min(inputs.size(), outputs.size()); i++) {
            Object value = outputs.get(i).search(page);
            // empty strings and other false values are no token at all
            tokens.put(inputs.get(i), PythonTruth.isTrue(value) ? value : null);
        }
        return tokens;
    }

    private void inject(Map<String, Object> token) {
        for (Map.Entry<String, Object> e : token.entrySet()) {
            Object value = e.getValue();
            if (value != null && !"None".equals(value)) {
                params.put(e.getKey(), value);
            } else {
                params.remove(e.getKey());
            }
        }
    }

    /** On resuming, drops the items of the first page that the previous run already returned. */
    private Map<String, Object> skipAlreadySeen(Map<String, Object> page) {
        startingTruncation = startingIndex;
        List<PaginatorDefinition.Key> resultKeys = definition.resultKeys();
        if (resultKeys.isEmpty()) {
            return page;
        }
        PaginatorDefinition.Key primary = resultKeys.get(0);
        Object all = primary.expression().search(page);
        Object rest = null;
        if (all instanceof List<?> l) {
            rest = new ArrayList<>(l.subList(sliceStart(startingTruncation, l.size()), l.size()));
        } else if (all instanceof String s) {
            rest = s.substring(sliceStart(startingTruncation, s.length()));
        }
        page = primary.writablePath().with(page, rest);
        // the secondary keys were returned in full with the page the token was cut from
        for (PaginatorDefinition.Key key : resultKeys.subList(1, resultKeys.size())) {
            Object sample = key.expression().search(page);
            Object empty;
            if (sample instanceof List) {
                empty = new ArrayList<>();
            } else if (sample instanceof String) {
                empty = "";
            } else if (sample instanceof Number) {
                // a count of evaluated items still describes what the service evaluated for that page
                empty = sample;
            } else {
                empty = null;
            }
            page = key.writablePath().with(page, empty);
        }
        return page;
    }

    private Map<String, Object> truncate(Map<String, Object> page, Object current, int keep) {
        PaginatorDefinition.Key primary = definition.resultKeys().get(0);
        Object kept;
        if (current instanceof List<?> l) {
            kept = new ArrayList<>(l.subList(0, Math.max(0, keep)));
        } else if (current instanceof String s) {
            kept = s.substring(0, Math.max(0, keep));
        } else {
            kept = new ArrayList<>();
        }
        page = primary.writablePath().with(page, kept);
        Map<String, Object> resume = new LinkedHashMap<>(nextToken);
        resume.put(TRUNCATE_AMOUNT, keep + startingTruncation);
        owner.recordResumeToken(TokenCodec.encode(resume));
        return page;
    }

    private Map<String, Object> nonAggregatePart(Map<String, Object> page) {
        Map<String, Object> part = new LinkedHashMap<>();
        for (PaginatorDefinition.Key key : definition.nonAggregateKeys()) {
            key.writablePath().set(part, key.expression().search(page));
        }
        return part;
    }

    private static int sliceStart(int index, int length) {
        int start = index < 0 ? length + index : index;
        return Math.max(0, Math.min(start, length));
    }

    private static int length(Object value) {
        if (value instanceof List<?> l) {
            return l.size();
        }
        if (value instanceof String s) {
            return s.length();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        return 0;
    }

    private static Object printable(Object value) {
        if (value instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), printable(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(printable(v)));
            return out;
        }
        return value;
    }
}
