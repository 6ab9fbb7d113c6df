package io.boto4j.resource;

import io.boto4j.client.Client;
import io.boto4j.model.ListShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.paginate.Paginator;
import io.boto4j.resource.Definitions.Action;
import io.boto4j.resource.Definitions.Param;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * boto3's resource collection ({@code bucket.objects}, {@code s3.buckets}): the resources an operation lists,
 * made with the data of the listing (so reading their attributes makes no extra call). Immutable: {@link #all()},
 * {@link #filter}, {@link #limit} and {@link #pageSize} return new collections. Nothing is called until the
 * collection is iterated; iteration goes page by page through the client's paginator when the operation has one
 * (one call otherwise), and every new iteration starts over.
 *
 * <p>{@link #batch} runs a batch action ({@code delete} on {@code bucket.objects}) over the collection's resources.
 */
public final class ResourceCollection implements Iterable<Resource> {
    private final Resource parent;
    private final String name;
    private final Action model;
    private final Map<String, Object> params;
    private final Integer limit;
    private final Integer pageSize;

    ResourceCollection(Resource parent, String name, Action model) {
        this(parent, name, model, Map.of(), null, null);
    }

    private ResourceCollection(Resource parent, String name, Action model, Map<String, Object> params, Integer limit,
                               Integer pageSize) {
        this.parent = parent;
        this.name = name;
        this.model = model;
        this.params = params;
        this.limit = limit;
        this.pageSize = pageSize;
    }

    /** Every resource of the collection (the same collection, as boto3's {@code all()} returns a copy). */
    public ResourceCollection all() {
        return this;
    }

    /** A collection whose calls carry these parameters too ({@code Prefix}, {@code Filters}); lists are appended. */
    public ResourceCollection filter(Map<String, ?> filters) {
        Map<String, Object> merged = new LinkedHashMap<>(params);
        RequestParameters.merge(merged, filters);
        return new ResourceCollection(parent, name, model, Collections.unmodifiableMap(merged), limit, pageSize);
    }

    /** At most {@code count} resources. */
    public ResourceCollection limit(int count) {
        return new ResourceCollection(parent, name, model, params, count, pageSize);
    }

    /** At most {@code count} resources per call (the paginator's {@code PageSize}). */
    public ResourceCollection pageSize(int count) {
        return new ResourceCollection(parent, name, model, params, limit, count);
    }

    /** The pages of resources, one list per call, lazily. */
    public Iterable<List<Resource>> pages() {
        return PageRun::new;
    }

    @Override
    public Iterator<Resource> iterator() {
        Iterator<List<Resource>> pages = new PageRun();
        return new Iterator<>() {
            private Iterator<Resource> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public Resource next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The resources as a lazy sequential stream. */
    public Stream<Resource> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The batch actions of this collection (boto3's names, e.g. {@code delete}). */
    public List<String> batchActionNames() {
        return List.copyOf(itemType().model().batchActions().keySet());
    }

    /** {@link #batch(String, Map)} without extra parameters. */
    public BatchResult batch(String action) {
        return batch(action, Map.of());
    }

    /**
     * Runs a batch action over the collection's resources: one call per chunk, a chunk being at most the number of
     * entries the operation allows (the model's limit on the target list, or one a {@code creating-resource-class}
     * handler set), or else one page of the collection, as boto3 does. {@code extra} goes into every call.
     */
    public BatchResult batch(String action, Map<String, ?> extra) {
        ResourceType itemType = itemType();
        Action batch = itemType.batchAction(action);
        Integer max = itemType.batchSize(action);
        if (max == null) {
            max = modelLimit(batch);
        }
        List<Map<String, Object>> responses = new ArrayList<>();
        int covered = 0;
        List<Resource> buffer = new ArrayList<>();
        for (List<Resource> page : pages()) {
            if (max == null) {
                if (!callBatch(batch, page, extra, responses)) {
                    break; // boto3 stops at the first page that gives no parameters
                }
                covered += page.size();
                continue;
            }
            for (Resource r : page) {
                buffer.add(r);
                if (buffer.size() == max) {
                    callBatch(batch, buffer, extra, responses);
                    covered += buffer.size();
                    buffer.clear();
                }
            }
        }
        if (!buffer.isEmpty() && callBatch(batch, buffer, extra, responses)) {
            covered += buffer.size();
        }
        return new BatchResult(responses, covered);
    }

    @SuppressWarnings("unchecked")
    private boolean callBatch(Action batch, List<Resource> chunk, Map<String, ?> extra,
                              List<Map<String, Object>> responses) {
        Map<String, Object> callParams = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            RequestParameters.addTo(callParams, chunk.get(i), batch.request().params(), i);
        }
        if (callParams.isEmpty()) {
            return false;
        }
        callParams.putAll(extra);
        Object out = ResponseMapper.raw(batch.path(), client().call(batch.request().operation(), callParams));
        responses.add(out instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("Result", out));
        return true;
    }

    /** The smallest {@code max} the input shape puts on a list a batch parameter writes into, or null. */
    private Integer modelLimit(Action batch) {
        StructureShape input = parent.type().service().serviceModel()
                .operationModel(batch.request().operation()).inputShape();
        Integer limit = null;
        for (Param p : batch.request().params()) {
            Shape shape = input;
            for (String part : p.target().split("\\.")) {
                int open = part.indexOf('[');
                String key = open < 0 ? part : part.substring(0, open);
                shape = shape instanceof StructureShape st ? st.member(key) : null;
                if (shape == null) {
                    break;
                }
                if (open >= 0 && shape instanceof ListShape list) {
                    if (list.max() != null) {
                        int max = list.max().intValue();
                        limit = limit == null ? max : Math.min(limit, max);
                    }
                    shape = list.member();
                }
            }
        }
        return limit;
    }

    private ResourceType itemType() {
        return parent.type().service().type(model.resource().type());
    }

    private Client client() {
        return parent.client();
    }

    /** One pass over the pages: builds the request when first asked, then one call per page. */
    private final class PageRun implements Iterator<List<Resource>> {
        private Iterator<? extends Map<String, Object>> responses;
        private Map<String, Object> request;
        private int count;
        private List<Resource> next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done || (limit != null && count >= limit)) {
                return false;
            }
            if (responses == null) {
                start();
            }
            if (!responses.hasNext()) {
                done = true;
                return false;
            }
            Map<String, Object> page = responses.next();
            List<Resource> items = new ArrayList<>();
            for (Resource r : asList(ResponseMapper.resources(parent, model.resource(), request, page,
                    model.request().operation()))) {
                items.add(r);
                count++;
                if (limit != null && count >= limit) {
                    break;
                }
            }
            next = items;
            return true;
        }

        @Override
        public List<Resource> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<Resource> out = next;
            next = null;
            return out;
        }

        private void start() {
            request = RequestParameters.build(parent, model.request().params());
            RequestParameters.merge(request, params);
            String operation = model.request().operation();
            Client client = client();
            if (client.canPaginate(operation)) {
                Map<String, Object> config = new LinkedHashMap<>();
                if (limit != null) {
                    config.put("MaxItems", limit);
                }
                if (pageSize != null) {
                    config.put("PageSize", pageSize);
                }
                Map<String, Object> call = new LinkedHashMap<>(request);
                call.put(Paginator.PAGINATION_CONFIG, config);
                responses = client.getPaginator(operation).paginate(call).iterator();
            } else {
                responses = List.of(client.call(operation, request)).iterator();
            }
        }
    }

    private static List<Resource> asList(Object mapped) {
        if (mapped instanceof Resource r) {
            return List.of(r);
        }
        List<Resource> out = new ArrayList<>();
        if (mapped instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Resource r) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ResourceCollection(" + parent + ", " + parent.type().serviceName() + "." + model.resource().type()
                + ", " + name + ")";
    }
}
