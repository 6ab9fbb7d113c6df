package io.boto4j.internal.useragent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A client's User-Agent header, in the format all AWS SDKs share:
 * {@code Boto4j/<version> ua/2.1 os/linux#<version> md/arch#amd64 lang/java#<version> md/jvm#<vendor>
 * m/<feature codes> cfg/retry-mode#<mode> app/<app id> <user_agent_extra>}.
 *
 * <p>Built once per client. {@link #header(Set)} adds a request's own features cheaply: the parts before and
 * after {@code m/} are precomputed, and with no per-request feature the cached string is returned as is.
 * A {@code user_agent} override from config replaces everything but the extras, as in botocore.
 */
public final class UserAgent {
    private static final String ALLOWED = "!$%&'*+-.^_`|~,";
    private static final int MAX_FEATURES_LENGTH = 1024;
    private static final List<String> OS_FAMILIES = List.of("windows", "linux", "macos", "android", "ios",
            "watchos", "tvos", "other");

    private final String prefix;
    private final String suffix;
    private final EnumSet<UserAgentFeature> clientFeatures;
    private final boolean override;
    private final String cached;

    private UserAgent(Builder b) {
        this.clientFeatures = b.features.isEmpty() ? EnumSet.noneOf(UserAgentFeature.class)
                : EnumSet.copyOf(b.features);
        if (b.override != null) {
            override = true;
            prefix = join(b.override, b.extras);
            suffix = "";
        } else {
            override = false;
            List<String> head = new ArrayList<>();
            head.add(component(b.sdkName, null, b.sdkVersion));
            head.add("ua/2.1");
            String os = osFamily(b.osName);
            if (os != null) {
                head.add(component("os", os, b.osVersion));
            } else {
                head.add("os/other");
                head.add(component("md", b.osName, b.osVersion));
            }
            if (b.arch != null && !b.arch.isEmpty()) {
                head.add(component("md", "arch", b.arch.toLowerCase(Locale.ROOT)));
            }
            head.add(component("lang", "java", b.javaVersion));
            if (b.jvmName != null && !b.jvmName.isEmpty()) {
                head.add(component("md", "jvm", b.jvmName));
            }
            if (b.executionEnv != null && !b.executionEnv.isEmpty()) {
                head.add(component("exec-env", b.executionEnv, null));
            }
            prefix = String.join(" ", head);
            List<String> tail = new ArrayList<>();
            if (b.retryMode != null) {
                tail.add(component("cfg", "retry-mode", b.retryMode));
            }
            if (b.endpointDiscovery) {
                tail.add("cfg/endpoint-discovery");
            }
            if (b.appId != null && !b.appId.isEmpty()) {
                tail.add("app/" + sanitize(b.appId, true));
            }
            tail.addAll(b.extras);
            suffix = String.join(" ", tail);
        }
        this.cached = override ? prefix : assemble(clientFeatures);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The header value with the client's features only. */
    public String header() {
        return cached;
    }

    /** The header value for a request that also used {@code requestFeatures}. */
    public String header(Set<UserAgentFeature> requestFeatures) {
        if (override || requestFeatures.isEmpty() || clientFeatures.containsAll(requestFeatures)) {
            return cached;
        }
        EnumSet<UserAgentFeature> all = EnumSet.copyOf(clientFeatures);
        all.addAll(requestFeatures);
        return assemble(all);
    }

    private String assemble(EnumSet<UserAgentFeature> features) {
        StringBuilder sb = new StringBuilder(prefix.length() + suffix.length() + 32).append(prefix);
        if (!features.isEmpty()) {
            StringBuilder m = new StringBuilder("m/");
            for (UserAgentFeature f : features) {
                if (m.length() + f.code().length() + 1 > MAX_FEATURES_LENGTH) {
                    break;
                }
                if (m.length() > 2) {
                    m.append(',');
                }
                m.append(f.code());
            }
            sb.append(' ').append(m);
        }
        if (!suffix.isEmpty()) {
            sb.append(' ').append(suffix);
        }
        return sb.toString();
    }

    private static String osFamily(String osName) {
        if (osName == null || osName.isEmpty()) {
            return "other";
        }
        String lower = osName.toLowerCase(Locale.ROOT);
        if (OS_FAMILIES.contains(lower)) {
            return lower;
        }
        if (lower.startsWith("windows")) {
            return "windows";
        }
        if (lower.startsWith("mac") || lower.equals("darwin")) {
            return "macos";
        }
        return null;
    }

    private static String component(String prefix, String name, String value) {
        StringBuilder sb = new StringBuilder(sanitize(prefix, true));
        if (name != null) {
            sb.append('/').append(sanitize(name, false));
        }
        if (value != null && !value.isEmpty()) {
            sb.append(name == null ? '/' : '#').append(sanitize(value, true));
        }
        return sb.toString();
    }

    /** Replaces every character outside the User-Agent token alphabet with '-'. */
    static String sanitize(String raw, boolean allowHash) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ALLOWED.indexOf(c) >= 0 || (allowHash && c == '#');
            sb.append(ok ? c : '-');
        }
        return sb.toString();
    }

    private static String join(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return String.join(" ", all);
    }

    @Override
    public String toString() {
        return cached;
    }

    static String sdkVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream(
                "/META-INF/maven/io.boto4j/boto4j-sdk/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // an unreadable jar manifest only costs the version in the header
        }
        String v = UserAgent.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    public static final class Builder {
        private static final String DEFAULT_VERSION = sdkVersion();

        private String sdkName = "Boto4j";
        private String sdkVersion = DEFAULT_VERSION;
        private String osName = System.getProperty("os.name");
        private String osVersion = System.getProperty("os.version");
        private String arch = System.getProperty("os.arch");
        private String javaVersion = System.getProperty("java.version");
        private String jvmName = System.getProperty("java.vm.name");
        private String executionEnv = System.getenv("AWS_EXECUTION_ENV");
        private String retryMode;
        private boolean endpointDiscovery;
        private String appId;
        private String override;
        private final List<String> extras = new ArrayList<>();
        private final EnumSet<UserAgentFeature> features = EnumSet.noneOf(UserAgentFeature.class);

        private Builder() {
        }

        /** The leading product token, e.g. a framework that wraps boto4j; default {@code Boto4j/<version>}. */
        public Builder sdk(String name, String version) {
            this.sdkName = name;
            this.sdkVersion = version;
            return this;
        }

        public Builder platform(String osName, String osVersion, String arch) {
            this.osName = osName;
            this.osVersion = osVersion;
            this.arch = arch;
            return this;
        }

        public Builder java(String version, String jvmName) {
            this.javaVersion = version;
            this.jvmName = jvmName;
            return this;
        }

        public Builder executionEnv(String executionEnv) {
            this.executionEnv = executionEnv;
            return this;
        }

        /** {@code retries.mode}; also registers the matching retry-mode feature. */
        public Builder retryMode(String mode) {
            this.retryMode = mode;
            if (mode != null) {
                switch (mode) {
                    case "legacy" -> features.add(UserAgentFeature.RETRY_MODE_LEGACY);
                    case "standard" -> features.add(UserAgentFeature.RETRY_MODE_STANDARD);
                    case "adaptive" -> features.add(UserAgentFeature.RETRY_MODE_ADAPTIVE);
                    default -> {
                    }
                }
            }
            return this;
        }

        public Builder endpointDiscovery(boolean enabled) {
            this.endpointDiscovery = enabled;
            return this;
        }

        /** {@code user_agent_appid} / {@code sdk_ua_app_id} / {@code AWS_SDK_UA_APP_ID}. */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /** {@code user_agent}: replaces the whole standard string (extras are still appended). */
        public Builder override(String userAgent) {
            this.override = userAgent;
            return this;
        }

        /** {@code user_agent_extra} (session's, then client's), appended verbatim. */
        public Builder extra(String extra) {
            if (extra != null && !extra.isEmpty()) {
                extras.add(extra);
            }
            return this;
        }

        public Builder feature(UserAgentFeature feature) {
            features.add(feature);
            return this;
        }

        public UserAgent build() {
            return new UserAgent(this);
        }
    }
}
