package io.boto4j.internal.customizations.glacier;

import io.boto4j.exception.ParamValidationError;
import io.boto4j.http.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Glacier's two body digests: SHA-256 of the whole body, and the SHA-256 tree hash over 1 MiB chunks. */
final class TreeHash {
    private static final int CHUNK = 1024 * 1024;

    record Digests(String linear, String tree) {
    }

    private TreeHash() {
    }

    static Digests of(RequestBody body) {
        byte[] buffered = body.bytesIfBuffered();
        if (buffered == null && !body.isRepeatable()) {
            throw new ParamValidationError(List.of("Glacier uploads need a body that can be read twice "
                    + "(bytes, a string or a file) to compute their tree hash"));
        }
        MessageDigest linear = sha256();
        List<byte[]> leaves = new ArrayList<>();
        try (InputStream in = body.newStream()) {
            byte[] chunk = new byte[CHUNK];
            int filled;
            while ((filled = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                linear.update(chunk, 0, filled);
                MessageDigest leaf = sha256();
                leaf.update(chunk, 0, filled);
                leaves.add(leaf.digest());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Glacier upload body", e);
        }
        if (leaves.isEmpty()) {
            leaves.add(sha256().digest());
        }
        return new Digests(HexFormat.of().formatHex(linear.digest()), HexFormat.of().formatHex(root(leaves)));
    }

    private static byte[] root(List<byte[]> level) {
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                if (i + 1 == level.size()) {
                    next.add(level.get(i));
                } else {
                    MessageDigest pair = sha256();
                    pair.update(level.get(i));
                    pair.update(level.get(i + 1));
                    next.add(pair.digest());
                }
            }
            level = next;
        }
        return level.get(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
