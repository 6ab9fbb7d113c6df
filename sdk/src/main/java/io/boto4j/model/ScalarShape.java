package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;

/** boolean, integer, long, float, double, and the wider numeric types some models use. */
public final class ScalarShape extends Shape {
    ScalarShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
    }

    public boolean isBoolean() {
        return "boolean".equals(type());
    }

    /** integer, long, byte, short, biginteger. */
    public boolean isIntegral() {
        String t = type();
        return "integer".equals(t) || "long".equals(t) || "byte".equals(t) || "short".equals(t)
                || "biginteger".equals(t);
    }

    /** float, double, bigdecimal. */
    public boolean isFloatingPoint() {
        String t = type();
        return "float".equals(t) || "double".equals(t) || "bigdecimal".equals(t);
    }
}
