package io.boto4j.internal.json;

import tools.jackson.core.JacksonException;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapper of the SDK; no Jackson type appears in a public signature outside internal packages. */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // model files (ec2: ~1 MB) and responses (S3 listings) exceed Jackson's default string limits
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(10_000).build())
            // Jackson 2's buffer pool (one per thread): Jackson 3's default concurrent deque costs more per call
            .recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();
    public static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // numbers as written (1.50 stays 1.50), as Jackson 2's exact BigDecimals kept them
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            // Jackson 2's defaults where Jackson 3 changed them and the SDK's output or leniency depends on it
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }

    public static JsonFactory factory() {
        return FACTORY;
    }

    /** Jackson 3's parse errors are unchecked: they come out as the IOException callers catch, as in Jackson 2. */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw io(e);
        }
    }

    /** {@code e} as an IOException (a Jackson 3 failure wrapped, with its message), for catches written for Jackson 2. */
    public static IOException io(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new UncheckedIOException(io(e));
        }
    }
}
