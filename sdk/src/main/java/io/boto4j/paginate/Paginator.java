package io.boto4j.paginate;

import io.boto4j.exception.PaginationError;
import io.boto4j.exception.ParamValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * boto3's paginator for one operation ({@code client.getPaginator("list_objects_v2")}). Immutable and
 * thread-safe; each {@code paginate} call returns its own {@link PageIterator}.
 *
 * @param <P> the type of a page: the client's {@code Result}, or a plain map where the paginator is used alone
 */
public final class Paginator<P extends Map<String, Object>> {
    /** The parameter boto3 reads the paging options from. */
    public static final String PAGINATION_CONFIG = "PaginationConfig";

    private final PaginatorDefinition definition;
    private final OperationInvoker invoker;
    private final Function<Map<String, Object>, P> pageType;

    Paginator(PaginatorDefinition definition, OperationInvoker invoker, Function<Map<String, Object>, P> pageType) {
        this.definition = definition;
        this.invoker = invoker;
        this.pageType = pageType;
    }

    /** The operation's model name ({@code ListObjectsV2}). */
    public String operationName() {
        return definition.operationName();
    }

    /** The result key expressions, primary first. */
    public List<String> resultKeys() {
        List<String> out = new ArrayList<>();
        definition.resultKeys().forEach(k -> out.add(k.text()));
        return out;
    }

    /**
     * The pages for these parameters; a {@code PaginationConfig} entry ({@code MaxItems}, {@code PageSize},
     * {@code StartingToken}, or a {@link PaginationConfig}) is taken out and applied, as in boto3. No call is made
     * until the pages are iterated.
     */
    public PageIterator<P> paginate(Map<String, ?> params) {
        Map<String, Object> rest = new LinkedHashMap<>(params == null ? Map.of() : params);
        Object config = rest.remove(PAGINATION_CONFIG);
        if (config instanceof PaginationConfig typed) {
            return paginate(rest, typed);
        }
        if (config != null && !(config instanceof Map)) {
            throw new ParamValidationError(List.of("Invalid type for parameter "
                    + PAGINATION_CONFIG + ", value: " + config + ", type: " + config.getClass().getSimpleName()
                    + ", valid types: Map"));
        }
        return paginate(rest, PaginationConfig.fromMap((Map<?, ?>) config));
    }

    /** The pages for these parameters with typed paging options. */
    public PageIterator<P> paginate(Map<String, ?> params, PaginationConfig config) {
        Map<String, Object> copy = new LinkedHashMap<>(params == null ? Map.of() : params);
        copy.remove(PAGINATION_CONFIG);
        PaginationConfig cfg = config == null ? PaginationConfig.NONE : config;
        Object pageSize = null;
        if (cfg.pageSize() != null) {
            if (definition.limitKey() == null) {
                throw new PaginationError(
                        "PageSize parameter is not supported for the pagination interface for this operation.");
            }
            pageSize = definition.limitKeyIsString() ? String.valueOf(cfg.pageSize()) : cfg.pageSize();
        }
        if (cfg.startingToken() != null) {
            // a bad token fails here, before any call, naming what is wrong with it
            StartingToken.parse(cfg.startingToken(), definition.inputTokens());
        }
        return new PageIterator<>(definition, invoker, pageType, copy, cfg, pageSize);
    }

    @Override
    public String toString() {
        return "Paginator(" + definition.operationName() + ")";
    }
}
