package io.boto4j.paginate;

import io.boto4j.model.Shape;

/** Opens the paginator validation's fullest-output sample to other test packages (the waiter data suite). */
public final class ShapeSamples {
    private ShapeSamples() {
    }

    /** A value of the shape with every member present and one element in each list and map. */
    public static Object fullest(Shape shape) {
        return ShapeSample.of(shape);
    }
}
