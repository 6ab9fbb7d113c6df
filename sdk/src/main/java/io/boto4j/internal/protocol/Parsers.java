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
    private static final Map<String, ProtocolParser> BY_PROTOCOL = Map.of(
            "query", new QueryParser(),
            "ec2", new Ec2Parser(),
            "json", new JsonProtocolParser(),
            "rest-json", new RestJsonParser(),
            "rest-xml", new RestXmlParser(),
            "smithy-rpc-v2-cbor", new RpcV2CborParser());

    private Parsers() {
    }

    /** The parser for the protocol the model's client speaks (botocore's choice among {@code protocols}). */
    public static ProtocolParser forModel(ServiceModel model) {
        return forProtocol(model.protocol());
    }

    /** The parser for a protocol name as in service metadata; an unknown name fails naming the known ones. */
    public static ProtocolParser forProtocol(String protocol) {
        ProtocolParser p = protocol == null ? null : BY_PROTOCOL.get(protocol);
        if (p == null) {
            throw new IllegalArgumentException("Unsupported protocol '" + protocol + "'; boto4j parses "
                    + BY_PROTOCOL.keySet());
        }
        return p;
    }
}
