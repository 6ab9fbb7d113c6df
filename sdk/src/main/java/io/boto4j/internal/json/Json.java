package io.boto4j.internal.json;

import tools.jackson.core.JacksonException;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The SDK's JSON factory and its one mapper; no Jackson type appears in a public signature outside internal
 * packages. The mapper is built on first use only: trees come from {@link JsonTrees}, which needs none.
 */
public final class Json {
    // holders: the factory is built when a caller first asks for it (JSON text itself is read by JsonReader and
    // written by JsonWriter), and the mapper only when one is needed, not when the factory is
    private static final class Factory {
        static final JsonFactory INSTANCE = JsonFactory.builder()
                // model files (ec2: ~1 MB) and responses (S3 listings) exceed Jackson's default string limits
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Integer.MAX_VALUE).maxNumberLength(10_000).build())
                // Jackson 2's buffer pool (one per thread): Jackson 3's default concurrent deque costs more per call
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder(Factory.INSTANCE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // numbers as written (1.50 stays 1.50), as Jackson 2's exact BigDecimals kept them
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                // Jackson 2's defaults where Jackson 3 changed them and the SDK's output or leniency depends on it
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // boto4j's own trees, wherever they sit in a value, are written as the JSON they hold
                .addModule(new SimpleModule("boto4j-trees").addSerializer(JsonNode.class, new TreeSerializer()))
                .build();
    }

    private Json() {
    }

    public static JsonFactory factory() {
        return Factory.INSTANCE;
    }

    /** The mapper, for bean and value conversions off the first-call path. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** Jackson 3's parse errors are unchecked: they come out as the IOException callers catch, as in Jackson 2. */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try {
            return JsonTrees.read(bytes);
        } catch (JacksonException e) {
            throw io(e);
        }
    }

    /**
     * The first JSON value of {@code text} as plain Java values (see {@link JsonTrees#toJava}).
     *
     * @throws JacksonException when it is not JSON or is empty
     */
    public static Object readJava(String text) {
        JsonNode n = JsonTrees.read(text);
        if (n.isMissingNode()) {
            throw new StreamReadException("No JSON value: the text is empty");
        }
        return JsonTrees.toJava(n);
    }

    /** {@code e} as an IOException (a Jackson 3 failure wrapped, with its message), for catches written for Jackson 2. */
    public static IOException io(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    /** JSON text for plain Java values (maps, lists, strings, numbers, booleans, null) and trees among them. */
    public static String write(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JacksonException e) {
            throw new UncheckedIOException(io(e));
        }
    }
}
