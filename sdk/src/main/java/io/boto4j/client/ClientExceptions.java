package io.boto4j.client;

import io.boto4j.exception.ClientError;
import io.boto4j.model.ServiceModel;
import io.boto4j.model.StructureShape;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * boto3's {@code client.exceptions}: the service's modeled errors by code. Java cannot make a class per error at
 * run time, so a modeled error is matched by its code: {@code client.exceptions().matches(e, "NoSuchKey")}, or
 * {@code e.is("NoSuchKey")}.
 */
public final class ClientExceptions {
    private final ServiceModel model;
    private volatile Map<String, StructureShape> byCode;

    ClientExceptions(ServiceModel model) {
        this.model = model;
    }

    private Map<String, StructureShape> byCode() {
        Map<String, StructureShape> m = byCode;
        if (m == null) {
            m = model.errorShapes();
            byCode = m;
        }
        return m;
    }

    /** Error codes the model declares. */
    public Set<String> codes() {
        return new TreeSet<>(byCode().keySet());
    }

    public boolean has(String code) {
        return byCode().containsKey(code);
    }

    /** The shape of a modeled error, or null. */
    public StructureShape shape(String code) {
        return byCode().get(code);
    }

    /** True when {@code error} is the modeled error {@code code} of this service. */
    public boolean matches(ClientError error, String code) {
        if (!has(code)) {
            throw new IllegalArgumentException(model.serviceName() + " has no modeled error '" + code + "'; modeled: " + codes());
        }
        return error.is(code);
    }
}
