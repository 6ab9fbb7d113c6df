package io.boto4j.model;

import io.boto4j.internal.json.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A structure: ordered members, required names, payload; also the view for documents ({@code document: true})
 * and unions ({@code union: true}) and error shapes ({@code exception: true}). Members resolve on first use.
 */
public final class StructureShape extends Shape {
    private final List<String> required;
    private final String payload;
    private volatile Map<String, Shape> members;

    StructureShape(String name, JsonNode traits, ServiceModel model) {
        super(name, traits, model);
        JsonNode req = traits.get("required");
        if (req != null && req.isArray()) {
            List<String> r = new ArrayList<>(req.size());
            for (JsonNode n : req) {
                r.add(n.asString());
            }
            this.required = Collections.unmodifiableList(r);
        } else {
            this.required = List.of();
        }
        this.payload = text(traits, "payload");
    }

    /** Members in model order, each resolved with its reference's traits. */
    public Map<String, Shape> members() {
        Map<String, Shape> m = members;
        if (m == null) {
            synchronized (this) {
                m = members;
                if (m == null) {
                    LinkedHashMap<String, Shape> resolved = new LinkedHashMap<>();
                    JsonNode raw = traits().get("members");
                    if (raw != null) {
                        for (Iterator<Map.Entry<String, JsonNode>> it = raw.properties().iterator(); it.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = it.next();
                            // interned: the name keys every parsed result of this shape, and a caller's (or a
                            // customization's) literal then finds its member by identity, not by equals
                            resolved.put(e.getKey().intern(),
                                    model.resolveRef(e.getValue(), name() + "$" + e.getKey()));
                        }
                    }
                    m = Collections.unmodifiableMap(resolved);
                    members = m;
                }
            }
        }
        return m;
    }

    /** The member's shape, or null if the structure has no such member. */
    public Shape member(String memberName) {
        return members().get(memberName);
    }

    public List<String> required() {
        return required;
    }

    /** The member that is the HTTP payload (rest protocols), or null. */
    public String payload() {
        return payload;
    }

    public boolean isDocument() {
        return bool(traits(), "document");
    }

    public boolean isUnion() {
        return bool(traits(), "union");
    }

    public boolean isException() {
        return bool(traits(), "exception");
    }

    public boolean isFault() {
        return bool(traits(), "fault");
    }

    /** The error code a modeled error is matched by: {@code error.code} when given, else the shape name. */
    public String errorCode() {
        JsonNode error = traits().get("error");
        String code = error == null ? null : text(error, "code");
        return code != null ? code : name();
    }

    /** The HTTP status of a modeled error ({@code error.httpStatusCode}), or null. */
    public Integer errorHttpStatusCode() {
        JsonNode error = traits().get("error");
        JsonNode s = error == null ? null : error.get("httpStatusCode");
        return s == null ? null : s.asInt();
    }

    /** For an event-stream union, the member shapes that are events. */
    public Map<String, Shape> eventMembers() {
        return isEventStream() ? members() : Map.of();
    }
}
