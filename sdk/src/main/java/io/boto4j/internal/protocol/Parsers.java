package io.boto4j.internal.protocol;

import io.boto4j.model.ServiceModel;
import io.boto4j.internal.protocol.ec2.Ec2Parser;
import io.boto4j.internal.protocol.json.JsonProtocolParser;
import io.boto4j.internal.protocol.query.QueryParser;
import io.boto4j.internal.protocol.restjson.RestJsonParser;
import io.boto4j.internal.protocol.restxml.RestXmlParser;
import io.boto4j.internal.protocol.rpcv2cbor.RpcV2CborParser;
import java.util.Map;

/** The response parser of each protocol botocore speaks; parsers are stateless apart from caches and shared. */
public final class Parsers {
    /** Protocol names in botocore's spelling; each parser is built on first use (CBOR costs class loading). */
    private static final java.util.List<String> PROTOCOLS =
            java.util.List.of("query", "ec2", "json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor");

    private static final Map<String, ProtocolParser> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    private Parsers() {
    }

    /** The parser for the protocol the model's client speaks (botocore's choice among {@code protocols}). */
    public static ProtocolParser forModel(ServiceModel model) {
        return forProtocol(model.protocol());
    }

    /** The parser for a protocol name as in service metadata; an unknown name fails naming the known ones. */
    public static ProtocolParser forProtocol(String protocol) {
        if (protocol == null || !PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("Unsupported protocol '" + protocol + "'; boto4j parses "
                    + PROTOCOLS);
        }
        // get-then-put, not computeIfAbsent: its lambda would spin a class on a fresh JVM's first client
        ProtocolParser parser = BUILT.get(protocol);
        if (parser == null) {
            ProtocolParser built = build(protocol);
            parser = BUILT.putIfAbsent(protocol, built);
            if (parser == null) {
                parser = built;
            }
        }
        return parser;
    }

    private static ProtocolParser build(String protocol) {
        switch (protocol) {
            case "query": return new QueryParser();
            case "ec2": return new Ec2Parser();
            case "json": return new JsonProtocolParser();
            case "rest-json": return new RestJsonParser();
            case "rest-xml": return new RestXmlParser();
            default: return new RpcV2CborParser();
        }
    }
}
