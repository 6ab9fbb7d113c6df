package io.boto4j.internal.loader;

import io.boto4j.internal.json.JsonNode;
import java.util.List;

/**
 * One service model file as found: the raw JSON bytes, where they came from (for error messages), and the
 * extras files to merge over it.
 */
public record ServiceData(String serviceName, String apiVersion, String typeName, byte[] bytes, String origin,
                          List<JsonNode> extras) {
    @Override
    public String toString() {
        return "ServiceData[" + origin + ", " + bytes.length + " bytes, " + extras.size() + " extras]";
    }
}
