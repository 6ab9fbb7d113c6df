package io.boto4j.dynamodb;

import io.boto4j.client.Result;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a query or scan across all its pages, fetched lazily: each page's {@code LastEvaluatedKey}
 * becomes the next request's {@code ExclusiveStartKey} until DynamoDB returns none. {@code Limit} caps each
 * page, as in DynamoDB. Iterate it once per fetch; each iteration calls DynamoDB again.
 */
public final class Items implements Iterable<Result> {
    private final UnaryOperator<Map<String, Object>> fetchPage;
    private final Map<String, Object> request;

    Items(Map<String, Object> request, UnaryOperator<Map<String, Object>> fetchPage) {
        this.request = request;
        this.fetchPage = fetchPage;
    }

    /** The pages (each a result with {@code Items}, {@code Count}, ... as plain values). */
    public Iterable<Result> pages() {
        return () -> {
            PageIterator pages = new PageIterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pages.hasNext();
                }

                @Override
                public Result next() {
                    return Result.of(pages.next());
                }
            };
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<Result> iterator() {
        Iterator<Map<String, Object>> pages = new PageIterator();
        return new Iterator<>() {
            private Iterator<Map<String, Object>> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    Object items = pages.next().get("Items");
                    current = items == null ? java.util.Collections.emptyIterator()
                            : ((List<Map<String, Object>>) items).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Result next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return Result.of(current.next());
            }
        };
    }

    public Stream<Result> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** The items as records (see {@link RecordMapper}). */
    public <T> Stream<T> as(Class<T> type) {
        return stream().map(item -> RecordMapper.fromItem(item, type));
    }

    public List<Result> toList() {
        List<Result> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    private final class PageIterator implements Iterator<Map<String, Object>> {
        private Object startKey;
        private boolean done;

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> next() {
            if (done) {
                throw new NoSuchElementException();
            }
            Map<String, Object> req = new java.util.LinkedHashMap<>(request);
            if (startKey != null) {
                req.put("ExclusiveStartKey", startKey);
            }
            Map<String, Object> page = fetchPage.apply(req);
            startKey = page.get("LastEvaluatedKey");
            if (startKey instanceof Map<?, ?> m && m.isEmpty()) {
                startKey = null;
            }
            done = startKey == null;
            return page;
        }
    }
}
