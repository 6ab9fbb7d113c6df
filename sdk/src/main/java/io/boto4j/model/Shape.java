package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;

/**
 * A view over one shape of a service model, with the traits of the reference that led to it laid over the
 * shape's own (as botocore's {@code resolve_shape_ref}): a member's {@code locationName} or
 * {@code timestampFormat} shows here. Immutable; the traits used on hot paths are read once.
 */
public abstract sealed class Shape
        permits StructureShape, ListShape, MapShape, StringShape, BlobShape, TimestampShape, ScalarShape {
    private final String name;
    private final String type;
    private final JsonNode traits;
    final ServiceModel model;

    private final String location;
    private final String locationName;
    private final String queryName;
    private final boolean flattened;
    private final boolean xmlAttribute;
    private final String xmlNamespaceUri;
    private final String xmlNamespacePrefix;
    private final String timestampFormat;
    private final boolean jsonValue;
    private final boolean hostLabel;
    private final boolean idempotencyToken;
    private final boolean streaming;
    private final boolean eventStream;
    private final boolean event;
    private final boolean eventPayload;
    private final boolean eventHeader;
    private final boolean sensitive;
    private final Double min;
    private final Double max;

    Shape(String name, JsonNode traits, ServiceModel model) {
        this.name = name;
        this.traits = traits;
        this.model = model;
        this.type = text(traits, "type");
        this.location = text(traits, "location");
        this.locationName = text(traits, "locationName");
        this.queryName = text(traits, "queryName");
        this.flattened = bool(traits, "flattened");
        this.xmlAttribute = bool(traits, "xmlAttribute");
        JsonNode ns = traits.get("xmlNamespace");
        if (ns != null && ns.isObject()) {
            this.xmlNamespaceUri = text(ns, "uri");
            this.xmlNamespacePrefix = text(ns, "prefix");
        } else {
            this.xmlNamespaceUri = ns != null && ns.isString() ? ns.asString() : null;
            this.xmlNamespacePrefix = null;
        }
        this.timestampFormat = text(traits, "timestampFormat");
        this.jsonValue = bool(traits, "jsonvalue");
        this.hostLabel = bool(traits, "hostLabel");
        this.idempotencyToken = bool(traits, "idempotencyToken");
        this.streaming = bool(traits, "streaming");
        this.eventStream = bool(traits, "eventstream");
        this.event = bool(traits, "event");
        this.eventPayload = bool(traits, "eventpayload");
        this.eventHeader = bool(traits, "eventheader");
        this.sensitive = bool(traits, "sensitive");
        this.min = number(traits, "min");
        this.max = number(traits, "max");
    }

    static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    static boolean bool(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.asBoolean(false);
    }

    private static Double number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    /** The shape's name in the model (for a member, the name of the shape it targets). */
    public String name() {
        return name;
    }

    /** The model's type name: structure, list, map, string, blob, boolean, integer, long, float, double, timestamp, ... */
    public String type() {
        return type;
    }

    /** Every trait of the shape and of the reference to it, as in the model. */
    JsonNode traits() {
        return traits;
    }

    /** A trait by name, or null: for traits without a typed accessor. */
    JsonNode trait(String key) {
        return traits.get(key);
    }

    public ServiceModel serviceModel() {
        return model;
    }

    /** Where a member goes in an HTTP message: uri, querystring, header, headers, statusCode; null for the body. */
    public String location() {
        return location;
    }

    public String locationName() {
        return locationName;
    }

    public String queryName() {
        return queryName;
    }

    public boolean isFlattened() {
        return flattened;
    }

    public boolean isXmlAttribute() {
        return xmlAttribute;
    }

    public String xmlNamespaceUri() {
        return xmlNamespaceUri;
    }

    public String xmlNamespacePrefix() {
        return xmlNamespacePrefix;
    }

    /** The {@code timestampFormat} override (iso8601, rfc822, unixTimestamp), or null for the protocol default. */
    public String timestampFormat() {
        return timestampFormat;
    }

    public boolean isJsonValue() {
        return jsonValue;
    }

    public boolean isHostLabel() {
        return hostLabel;
    }

    public boolean isIdempotencyToken() {
        return idempotencyToken;
    }

    public boolean isStreaming() {
        return streaming;
    }

    public boolean isEventStream() {
        return eventStream;
    }

    public boolean isEvent() {
        return event;
    }

    public boolean isEventPayload() {
        return eventPayload;
    }

    public boolean isEventHeader() {
        return eventHeader;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    /** The {@code min} trait: a length for strings, blobs, lists and maps; a value for numbers. Null if absent. */
    public Double min() {
        return min;
    }

    public Double max() {
        return max;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}
