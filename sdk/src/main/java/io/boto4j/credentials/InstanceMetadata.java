package io.boto4j.credentials;

import io.boto4j.config.ConfigStore;
import java.time.Clock;
import java.util.function.Supplier;

/** Instance metadata beyond credentials: the region, for {@code defaults_mode = auto}. */
public final class InstanceMetadata {
    private InstanceMetadata() {
    }

    /**
     * The instance's region from IMDS (same endpoint, timeout and attempt settings as the credentials provider),
     * fetched once on first use; null off EC2 or when IMDS is disabled. Pass it to
     * {@code ClientConfigResolution} for {@code defaults_mode = auto}.
     */
    public static Supplier<String> regionSupplier(ConfigStore store) {
        InstanceMetadataProvider imds = new InstanceMetadataProvider(store, Clock.systemUTC());
        return new Supplier<>() {
            private volatile String region;
            private volatile boolean fetched;

            @Override
            public String get() {
                if (!fetched) {
                    synchronized (this) {
                        if (!fetched) {
                            region = imds.region();
                            fetched = true;
                        }
                    }
                }
                return region;
            }
        };
    }
}
