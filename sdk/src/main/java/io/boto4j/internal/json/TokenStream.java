package io.boto4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A pull stream of JSON-like tokens: {@link JsonReader} over JSON text, {@link JacksonTokens} over CBOR. Shape
 * readers consume it without knowing which; the JSON side needs no Jackson class, so a JSON-protocol call does
 * not pay for jackson-core's parser and factory classes on a fresh JVM.
 *
 * <p>Malformed input raises Jackson's {@code StreamReadException} (unchecked), which the protocol parsers turn
 * into {@code ResponseParserError} and the model and configuration readers into their own errors.
 */
public interface TokenStream {
    /** What the stream is on. */
    enum Token {
        START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INT, FLOAT, TRUE, FALSE, NULL, BINARY;

        /** A value that is not a container: strings, numbers, booleans, null, binary. */
        public boolean isScalar() {
            return ordinal() >= STRING.ordinal();
        }

        public boolean isNumber() {
            return this == INT || this == FLOAT;
        }
    }

    /** Moves to the next token; null once the input is used up. */
    Token next();

    /** The token last returned by {@link #next()}; null before the first and after the last. */
    Token current();

    /** The name of the property whose {@link Token#NAME} the stream is on. */
    String name();

    /** The text of a scalar: a string's value, a number's digits as written, true, false or null. */
    String text();

    int intValue();

    long longValue();

    BigInteger bigIntegerValue();

    BigDecimal decimalValue();

    double doubleValue();

    float floatValue();

    /** An integer as the smallest of Integer, Long and BigInteger; a float as a Double. */
    Number numberValue();

    /** A binary value's bytes (CBOR byte strings; JSON has none). */
    byte[] binaryValue();

    /** On a start token, moves to its matching end token; on anything else, stays. */
    void skipChildren();
}
