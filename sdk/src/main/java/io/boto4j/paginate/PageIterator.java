package io.boto4j.paginate;

import io.boto4j.internal.jmespath.JmesPath;
import io.boto4j.internal.jmespath.JmesPathExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of one {@code paginate} call, as boto3's {@code PageIterator}: iterating calls the operation lazily,
 * one page per step; each new iteration starts over from the first page. After an iteration stopped by
 * {@code MaxItems}, {@link #resumeToken()} holds the token that continues it (in boto3's format, so boto3 can
 * resume it too). Not thread-safe: iterate from one thread at a time.
 *
 * @param <P> the type of a page (the client's {@code Result})
 */
public final class PageIterator<P extends Map<String, Object>> implements Iterable<P> {
    private final PaginatorDefinition definition;
    private final OperationInvoker invoker;
    private final Function<Map<String, Object>, P> pageType;
    private final Map<String, Object> params;
    private final PaginationConfig config;
    private final Object pageSizeValue;
    private String resumeToken;
    private Map<String, Object> nonAggregatePart = Map.of();

    PageIterator(PaginatorDefinition definition, OperationInvoker invoker, Function<Map<String, Object>, P> pageType,
            Map<String, Object> params, PaginationConfig config, Object pageSizeValue) {
        this.definition = definition;
        this.invoker = invoker;
        this.pageType = pageType;
        this.params = params;
        this.config = config;
        this.pageSizeValue = pageSizeValue;
    }

    /** A new pass over the pages; no call is made until the first {@code hasNext}. */
    @Override
    public Iterator<P> iterator() {
        resumeToken = null;
        PageRun run = new PageRun(definition, invoker, this, params, config, pageSizeValue);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return run.hasNext();
            }

            @Override
            public P next() {
                return pageType.apply(run.next());
            }
        };
    }

    /** The pages as a lazy sequential stream: a call per page, only as far as the stream is consumed. */
    public Stream<P> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * boto3's {@code search}: the expression applied to each page, a list result flattened into its elements,
     * any other result (null included) passed through as one element. Lazy, like {@link #stream()}.
     */
    public Stream<Object> search(String expression) {
        JmesPathExpression compiled = JmesPath.compile(expression);
        return stream().flatMap(page -> {
            Object result = compiled.search(page);
            return result instanceof List<?> l ? l.stream().map(o -> (Object) o) : Stream.of(result);
        });
    }

    /**
     * Every page merged into one result, as boto3's {@code build_full_result}: result keys concatenated (lists)
     * or summed (numbers, strings), the non-aggregate keys of the first page, and {@code NextToken} holding the
     * resume token when {@code MaxItems} stopped early.
     */
    public P buildFullResult() {
        Map<String, Object> complete = new LinkedHashMap<>();
        for (Map<String, Object> page : this) {
            for (PaginatorDefinition.Key key : definition.resultKeys()) {
                Object value = key.expression().search(page);
                if (value == null) {
                    continue;
                }
                Object existing = key.expression().search(complete);
                if (existing == null) {
                    key.writablePath().set(complete, value instanceof List<?> l ? new ArrayList<>(l) : value);
                } else if (value instanceof List<?> l && existing instanceof List<?>) {
                    @SuppressWarnings("unchecked")
                    List<Object> mine = (List<Object>) existing;
                    mine.addAll(l);
                } else if (value instanceof String s && existing instanceof String e) {
                    key.writablePath().set(complete, e + s);
                } else if (value instanceof Number n && existing instanceof Number e) {
                    key.writablePath().set(complete, add(e, n));
                }
            }
        }
        mergeInto(complete, nonAggregatePart);
        if (resumeToken != null) {
            complete.put("NextToken", resumeToken);
        }
        return pageType.apply(complete);
    }

    /** The token that resumes where the last iteration stopped because of {@code MaxItems}, or null. */
    public String resumeToken() {
        return resumeToken;
    }

    /** The {@code non_aggregate_keys} values of the first page of the last iteration. */
    public Map<String, Object> nonAggregatePart() {
        return Collections.unmodifiableMap(nonAggregatePart);
    }

    /** The result key expressions, primary first. */
    public List<String> resultKeys() {
        List<String> out = new ArrayList<>();
        definition.resultKeys().forEach(k -> out.add(k.text()));
        return out;
    }

    void recordResumeToken(String token) {
        this.resumeToken = token;
    }

    void recordNonAggregatePart(Map<String, Object> part) {
        this.nonAggregatePart = part;
    }

    private static Number add(Number a, Number b) {
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
        }
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            return a.doubleValue() + b.doubleValue();
        }
        long sum = a.longValue() + b.longValue();
        if (a instanceof Integer && b instanceof Integer && sum == (int) sum) {
            return (int) sum;
        }
        return sum;
    }

    /** botocore's {@code merge_dicts}: maps merge key by key, anything else replaces. */
    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> e : source.entrySet()) {
            Object incoming = e.getValue();
            Object present = target.get(e.getKey());
            if (incoming instanceof Map<?, ?> in && present instanceof Map<?, ?> here) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) here);
                mergeInto(merged, (Map<String, Object>) in);
                target.put(e.getKey(), merged);
            } else {
                target.put(e.getKey(), incoming);
            }
        }
    }
}
