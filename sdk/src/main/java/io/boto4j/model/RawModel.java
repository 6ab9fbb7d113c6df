package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import java.util.List;

/** The raw JSON behind a {@link ServiceModel}: a parsed tree, or a byte array with an index of offsets. */
interface RawModel {
    JsonNode metadata();

    List<String> operationNames();

    List<String> shapeNames();

    /** The operation's JSON, or null. Each call parses anew; the model keeps what it builds from it. */
    JsonNode operation(String name);

    /** The shape's JSON, or null. Each call parses anew; the model keeps what it builds from it. */
    JsonNode shape(String name);

    /** The names of the shapes with {@code exception: true}, in model order. */
    List<String> exceptionShapeNames();

    /** Where the model came from, for error messages. */
    String origin();
}
