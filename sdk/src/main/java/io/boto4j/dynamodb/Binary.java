package io.boto4j.dynamodb;

import java.util.Arrays;
import java.util.Base64;

/**
 * Binary data with value equality, as boto3's {@code Binary}: the element type of binary sets ({@code BS}),
 * where a {@code byte[]} (identity equality) cannot be a set member. A lone {@code B} attribute reads back as
 * {@code byte[]}.
 */
public final class Binary {
    private final byte[] value;

    public Binary(byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("Binary value must be a byte[], not null");
        }
        this.value = value.clone();
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Binary b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Binary(" + Base64.getEncoder().encodeToString(value) + ")";
    }
}
