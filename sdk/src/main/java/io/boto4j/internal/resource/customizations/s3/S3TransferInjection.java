package io.boto4j.internal.resource.customizations.s3;

import io.boto4j.client.Client;
import io.boto4j.events.EventEmitter;
import io.boto4j.internal.names.ClosestNames;
import io.boto4j.resource.Resource;
import io.boto4j.resource.ResourceClassBuilder;
import io.boto4j.resource.ResourceCustomization;
import io.boto4j.transfer.ProgressListener;
import io.boto4j.transfer.S3Transfers;
import io.boto4j.transfer.TransferConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * boto3's {@code boto3.s3.inject} transfer methods on the S3 resource's {@code Bucket} and {@code Object}:
 * {@code upload_file}, {@code download_file}, {@code upload_fileobj}, {@code download_fileobj} and {@code copy},
 * with boto3's keyword arguments ({@code Filename}, {@code Fileobj}, {@code Key}, {@code CopySource},
 * {@code ExtraArgs}, {@code Callback}, {@code Config}, {@code SourceClient}), the bucket and key coming from the
 * resource's identifiers. Each class also gets the {@link S3Transfers} itself as an extension
 * ({@code bucket.extension(S3Transfers.class)}). Every resource of one service resource shares one
 * {@code S3Transfers}, so its transfers share one pool per configuration.
 */
public final class S3TransferInjection implements ResourceCustomization {
    private static final Set<String> OPTIONS = Set.of("ExtraArgs", "Callback", "Config", "SourceClient");

    @Override
    public void register(EventEmitter events) {
        AtomicReference<S3Transfers> shared = new AtomicReference<>();
        ResourceClassBuilder.onCreating(events, "s3.Bucket", b -> inject(b, shared, true));
        ResourceClassBuilder.onCreating(events, "s3.Object", b -> inject(b, shared, false));
    }

    private static void inject(ResourceClassBuilder b, AtomicReference<S3Transfers> shared, boolean bucket) {
        b.extension(S3Transfers.class, r -> transfers(r, shared));
        b.action("upload_file", (r, p) -> {
            Call c = new Call(r, p, bucket, "upload_file", "Filename");
            transfers(r, shared).uploadFile(c.bucket, c.key, path(c.take("Filename")), c.extraArgs(), c.callback(),
                    c.config());
            return null;
        });
        b.action("download_file", (r, p) -> {
            Call c = new Call(r, p, bucket, "download_file", "Filename");
            transfers(r, shared).downloadFile(c.bucket, c.key, path(c.take("Filename")), c.extraArgs(), c.callback(),
                    c.config());
            return null;
        });
        b.action("upload_fileobj", (r, p) -> {
            Call c = new Call(r, p, bucket, "upload_fileobj", "Fileobj");
            transfers(r, shared).uploadFileobj(c.take("Fileobj", InputStream.class), c.bucket, c.key, c.extraArgs(),
                    c.callback(), c.config());
            return null;
        });
        b.action("download_fileobj", (r, p) -> {
            Call c = new Call(r, p, bucket, "download_fileobj", "Fileobj");
            transfers(r, shared).downloadFileobj(c.bucket, c.key, c.take("Fileobj", OutputStream.class),
                    c.extraArgs(), c.callback(), c.config());
            return null;
        });
        b.action("copy", (r, p) -> {
            Call c = new Call(r, p, bucket, "copy", "CopySource");
            @SuppressWarnings("unchecked")
            Map<String, ?> source = c.take("CopySource", Map.class);
            transfers(r, shared).copy(source, c.bucket, c.key, c.extraArgs(), c.callback(),
                    c.optional("SourceClient", Client.class), c.config());
            return null;
        });
    }

    private static S3Transfers transfers(Resource r, AtomicReference<S3Transfers> shared) {
        S3Transfers t = shared.get();
        if (t == null) {
            shared.compareAndSet(null, S3Transfers.of(r.meta().client()));
            t = shared.get();
        }
        return t;
    }

    private static Path path(Object filename) {
        return filename instanceof Path p ? p : Path.of(String.valueOf(filename));
    }

    /** One call's arguments: the resource's bucket and key, the required argument, boto3's options. */
    private static final class Call {
        final String bucket;
        final String key;
        private final Map<String, Object> params;
        private final String method;

        Call(Resource r, Map<String, Object> params, boolean onBucket, String method, String required) {
            this.params = params;
            this.method = method;
            Set<String> known = new java.util.HashSet<>(OPTIONS);
            known.add(required);
            if (onBucket) {
                known.add("Key");
            }
            for (String name : params.keySet()) {
                if (!known.contains(name)) {
                    List<String> close = ClosestNames.suggest(name, known);
                    throw new IllegalArgumentException(r.meta().typeName() + "." + method + " has no argument '"
                            + name + "'" + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
                            + " Known: " + new java.util.TreeSet<>(known));
                }
            }
            this.bucket = r.identifier(onBucket ? "name" : "bucket_name");
            this.key = onBucket ? take("Key", String.class) : r.identifier("key");
            if (!params.containsKey(required)) {
                throw new IllegalArgumentException(r.meta().typeName() + "." + method + " needs the argument '"
                        + required + "'");
            }
        }

        Object take(String name) {
            Object v = params.get(name);
            if (v == null) {
                throw new IllegalArgumentException(method + " needs the argument '" + name + "'");
            }
            return v;
        }

        <T> T take(String name, Class<T> type) {
            T v = optional(name, type);
            if (v == null) {
                throw new IllegalArgumentException(method + " needs the argument '" + name + "'");
            }
            return v;
        }

        <T> T optional(String name, Class<T> type) {
            Object v = params.get(name);
            if (v != null && !type.isInstance(v)) {
                throw new IllegalArgumentException(method + "'s " + name + " must be a " + type.getSimpleName()
                        + ", got a " + v.getClass().getSimpleName());
            }
            return type.cast(v);
        }

        @SuppressWarnings("unchecked")
        Map<String, ?> extraArgs() {
            Map<String, ?> m = optional("ExtraArgs", Map.class);
            return m == null ? Map.of() : m;
        }

        ProgressListener callback() {
            return optional("Callback", ProgressListener.class);
        }

        TransferConfig config() {
            TransferConfig c = optional("Config", TransferConfig.class);
            return c == null ? TransferConfig.defaults() : c;
        }
    }
}
