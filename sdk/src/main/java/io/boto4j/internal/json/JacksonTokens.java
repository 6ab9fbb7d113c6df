package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** A Jackson parser as a {@link TokenStream}: how CBOR bodies (Jackson's CBOR format) reach the shape readers. */
public final class JacksonTokens implements TokenStream {
    private final JsonParser p;
    private Token current;

    public JacksonTokens(JsonParser p) {
        this.p = p;
    }

    @Override
    public Token next() {
        return current = token(p.nextToken());
    }

    private static Token token(JsonToken t) {
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT: return Token.START_OBJECT;
            case END_OBJECT: return Token.END_OBJECT;
            case START_ARRAY: return Token.START_ARRAY;
            case END_ARRAY: return Token.END_ARRAY;
            case PROPERTY_NAME: return Token.NAME;
            case VALUE_STRING: return Token.STRING;
            case VALUE_NUMBER_INT: return Token.INT;
            case VALUE_NUMBER_FLOAT: return Token.FLOAT;
            case VALUE_TRUE: return Token.TRUE;
            case VALUE_FALSE: return Token.FALSE;
            case VALUE_NULL: return Token.NULL;
            case VALUE_EMBEDDED_OBJECT: return Token.BINARY;
            default: throw new IllegalStateException("no token stream equivalent of Jackson's " + t);
        }
    }

    @Override
    public Token current() {
        return current;
    }

    @Override
    public String name() {
        return p.currentName();
    }

    @Override
    public String text() {
        return p.getString();
    }

    @Override
    public int intValue() {
        return p.getIntValue();
    }

    @Override
    public long longValue() {
        return p.getLongValue();
    }

    @Override
    public BigInteger bigIntegerValue() {
        return p.getBigIntegerValue();
    }

    @Override
    public BigDecimal decimalValue() {
        return p.getDecimalValue();
    }

    @Override
    public double doubleValue() {
        return p.getDoubleValue();
    }

    @Override
    public float floatValue() {
        return p.getFloatValue();
    }

    @Override
    public Number numberValue() {
        return p.getNumberValue();
    }

    @Override
    public byte[] binaryValue() {
        return p.getBinaryValue();
    }

    @Override
    public void skipChildren() {
        p.skipChildren();
        current = token(p.currentToken());
    }
}
