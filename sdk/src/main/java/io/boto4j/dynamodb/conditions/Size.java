package io.boto4j.dynamodb.conditions;

/**
 * {@code size(attribute)}, as boto3's {@code Size}: compare it with the attribute methods
 * ({@code Attr("tags").size().gt(2)}).
 */
public final class Size extends AttributeBase {
    private final Attr attribute;

    Size(Attr attribute) {
        super(attribute.name());
        this.attribute = attribute;
    }

    /** The attribute measured. */
    public Attr attribute() {
        return attribute;
    }
}
