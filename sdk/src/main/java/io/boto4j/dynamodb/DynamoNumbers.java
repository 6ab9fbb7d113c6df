package io.boto4j.dynamodb;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * DynamoDB's number range, as boto3's {@code DYNAMODB_CONTEXT} enforces it: 38 significant digits, adjusted
 * exponent at most 126, nothing below 1E-165 (the context's smallest subnormal exponent). boto3 traps every
 * rounding, so a number that does not fit exactly is an error, never silently rounded.
 */
final class DynamoNumbers {
    private static final int PRECISION = 38;
    private static final int MAX_ADJUSTED_EXPONENT = 126;
    private static final int MIN_EXPONENT = -165;

    private DynamoNumbers() {
    }

    static BigDecimal toBigDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw new IllegalArgumentException("not a DynamoDB number: " + value.getClass().getName());
    }

    /** The number's wire text (BigDecimal's toString follows Python's Decimal str rules), after the range checks. */
    static String format(BigDecimal d) {
        check(d);
        return d.toString();
    }

    static BigDecimal parse(String text) {
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a DynamoDB number: '" + text + "'", e);
        }
        check(d);
        return d;
    }

    private static void check(BigDecimal d) {
        int exponent = -d.scale();
        if (d.signum() == 0) {
            if (exponent < MIN_EXPONENT || exponent > MAX_ADJUSTED_EXPONENT) {
                throw new IllegalArgumentException("number " + d + " is outside DynamoDB's range "
                        + "(boto3 raises Clamped); write it as 0");
            }
            return;
        }
        if (d.precision() > PRECISION) {
            throw new IllegalArgumentException("number " + d + " has " + d.precision() + " significant digits; "
                    + "DynamoDB keeps at most " + PRECISION + " (boto3 raises Inexact/Rounded): round it "
                    + "yourself, e.g. with BigDecimal.round(new MathContext(38))");
        }
        int adjusted = d.precision() - d.scale() - 1;
        if (adjusted > MAX_ADJUSTED_EXPONENT) {
            throw new IllegalArgumentException("number " + d + " is larger than DynamoDB's maximum 9.9...9E+126 "
                    + "(boto3 raises Overflow)");
        }
        if (exponent < MIN_EXPONENT) {
            throw new IllegalArgumentException("number " + d + " has digits below 1E-165, DynamoDB's smallest "
                    + "(boto3 raises Underflow/Rounded)");
        }
    }
}
