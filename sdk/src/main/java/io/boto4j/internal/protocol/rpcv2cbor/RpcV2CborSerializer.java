package io.boto4j.internal.protocol.rpcv2cbor;

import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.model.BlobShape;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import io.boto4j.internal.protocol.HostPrefixWriter;
import io.boto4j.internal.protocol.IdempotencyTokenWriter;
import io.boto4j.internal.protocol.ParamShapeErrors;
import io.boto4j.internal.protocol.ProtocolSerializer;
import io.boto4j.internal.protocol.ScalarEncoder;
import io.boto4j.internal.protocol.SerializedRequest;
import io.boto4j.internal.protocol.TimestampFormats;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@code smithy-rpc-v2-cbor} protocol: a POST to {@code /service/<targetPrefix>/operation/<Operation>}
 * with the input as a CBOR map, {@code smithy-protocol: rpc-v2-cbor}. Timestamps are tag 1 over epoch
 * seconds; {@code float} members are written as single precision, {@code double} as double.
 */
public final class RpcV2CborSerializer implements ProtocolSerializer {
    private final Supplier<String> idempotencyTokens;
    private final Map<OperationModel, Fixed> fixed = new ConcurrentHashMap<>();

    private record Fixed(String path, HttpHeaders withBody, HttpHeaders withoutBody) {
    }

    public RpcV2CborSerializer(Supplier<String> idempotencyTokens) {
        this.idempotencyTokens = idempotencyTokens;
    }

    @Override
    public SerializedRequest serialize(OperationModel operation, Map<String, Object> params) {
        Map<String, Object> p = IdempotencyTokenWriter.fill(operation, params, idempotencyTokens);
        Fixed f = fixed.get(operation);
        if (f == null) { // get-then-put: a computeIfAbsent method reference spins a class on a fresh JVM
            f = fixedParts(operation);
            fixed.putIfAbsent(operation, f);
        }
        StructureShape input = operation.inputShape();
        RequestBody body = RequestBody.EMPTY;
        if (input != null) {
            CborWriter w = new CborWriter();
            writeStructure(w, p, input, "");
            body = RequestBody.ofBytes(w.toByteArray());
        }
        return new SerializedRequest("POST", f.path, List.of(), input == null ? f.withoutBody : f.withBody, body,
                HostPrefixWriter.expand(operation, p));
    }

    private static Fixed fixedParts(OperationModel operation) {
        String path = "/service/" + operation.serviceModel().targetPrefix() + "/operation/" + operation.name();
        String accept = operation.hasEventStreamOutput() ? "application/vnd.amazon.eventstream" : "application/cbor";
        HttpHeaders.Builder h = HttpHeaders.builder().set("smithy-protocol", "rpc-v2-cbor");
        if (operation.serviceModel().isAwsQueryCompatible()) {
            h.set("x-amzn-query-mode", "true");
        }
        h.set("Accept", accept);
        HttpHeaders without = h.build();
        h.set("Content-Type", accept);
        return new Fixed(path, h.build(), without);
    }

    private static void writeStructure(CborWriter w, Map<?, ?> params, StructureShape shape, String where) {
        int count = 0;
        for (Object v : params.values()) {
            if (v != null) {
                count++;
            }
        }
        w.head(CborWriter.MAP, count);
        for (Map.Entry<?, ?> e : params.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            String key = String.valueOf(e.getKey());
            Shape member = shape.member(key);
            if (member == null) {
                throw ParamShapeErrors.unknownMember(shape, key, where);
            }
            w.text(member.locationName() != null ? member.locationName() : key);
            write(w, e.getValue(), member, where.isEmpty() ? key : where + "." + key);
        }
    }

    private static void write(CborWriter w, Object value, Shape shape, String where) {
        if (value == null) {
            w.nul();
        } else if (shape instanceof StructureShape s) {
            if (s.isDocument()) {
                writeDocument(w, value, where);
            } else if (value instanceof Map<?, ?> m) {
                writeStructure(w, m, s, where);
            } else {
                throw ParamShapeErrors.wrongType(where, value, "Map");
            }
        } else if (shape instanceof ListShape l) {
            Collection<?> items = asCollection(value, where);
            w.head(CborWriter.ARRAY, items.size());
            int i = 0;
            for (Object item : items) {
                write(w, item, l.member(), where + "[" + i++ + "]");
            }
        } else if (shape instanceof MapShape m) {
            if (!(value instanceof Map<?, ?> map)) {
                throw ParamShapeErrors.wrongType(where, value, "Map");
            }
            w.head(CborWriter.MAP, map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                w.text(String.valueOf(e.getKey()));
                write(w, e.getValue(), m.value(), where + "." + e.getKey());
            }
        } else if (shape instanceof BlobShape) {
            w.bytes(ScalarEncoder.blobBytes(value));
        } else if (shape instanceof TimestampShape) {
            w.head(CborWriter.TAG, 1);
            w.integer(TimestampFormats.unixSeconds(TimestampFormats.toInstant(value)));
        } else if (shape instanceof ScalarShape s) {
            writeScalar(w, value, s, where);
        } else {
            w.text(value.toString());
        }
    }

    private static void writeScalar(CborWriter w, Object value, ScalarShape s, String where) {
        if (s.isBoolean()) {
            if (!(value instanceof Boolean b)) {
                throw ParamShapeErrors.wrongType(where, value, "Boolean");
            }
            w.bool(b);
        } else if (!(value instanceof Number n)) {
            throw ParamShapeErrors.wrongType(where, value, "Number");
        } else if ("float".equals(s.type())) {
            w.float32(n.floatValue());
        } else if (s.isFloatingPoint()) {
            w.float64(n.doubleValue());
        } else if (n instanceof BigInteger b) {
            w.integer(b);
        } else if (n instanceof BigDecimal b) {
            w.integer(b.toBigIntegerExact());
        } else {
            w.integer(n.longValue());
        }
    }

    private static void writeDocument(CborWriter w, Object value, String where) {
        if (value == null) {
            w.nul();
        } else if (value instanceof Map<?, ?> m) {
            w.head(CborWriter.MAP, m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                w.text(String.valueOf(e.getKey()));
                writeDocument(w, e.getValue(), where);
            }
        } else if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> items = asCollection(value, where);
            w.head(CborWriter.ARRAY, items.size());
            for (Object item : items) {
                writeDocument(w, item, where);
            }
        } else if (value instanceof CharSequence cs) {
            w.text(cs.toString());
        } else if (value instanceof Boolean b) {
            w.bool(b);
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            w.float64(((Number) value).doubleValue());
        } else if (value instanceof BigInteger b) {
            w.integer(b);
        } else if (value instanceof Number n) {
            w.integer(n.longValue());
        } else {
            throw ParamShapeErrors.wrongType(where, value, "String, Number, Boolean, List, Map");
        }
    }

    private static Collection<?> asCollection(Object value, String where) {
        if (value instanceof Collection<?> c) {
            return c;
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        throw ParamShapeErrors.wrongType(where, value, "List");
    }
}
