package io.boto4j;

import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.resource.ServiceResource;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * boto3's module-level shortcuts over one default session: {@code Boto.client("s3")} is {@code boto3.client("s3")}.
 * The default session is created on first use, or set with {@link #setupDefaultSession}.
 */
public final class Boto {
    private static volatile Session defaultSession;
    /** JUL holds loggers weakly: the ones configured here are kept, with the handler each was given. */
    private static final Map<String, Logger> STREAM_LOGGERS = new ConcurrentHashMap<>();
    private static final Map<String, Handler> STREAM_HANDLERS = new ConcurrentHashMap<>();

    private Boto() {
    }

    /** Replaces the default session, like {@code boto3.setup_default_session(...)}. */
    public static Session setupDefaultSession(Session session) {
        defaultSession = session;
        return session;
    }

    public static Session setupDefaultSession() {
        return setupDefaultSession(Session.create());
    }

    public static Session defaultSession() {
        Session s = defaultSession;
        if (s == null) {
            synchronized (Boto.class) {
                s = defaultSession;
                if (s == null) {
                    s = Session.create();
                    defaultSession = s;
                }
            }
        }
        return s;
    }

    public static Client client(String serviceName) {
        return defaultSession().client(serviceName);
    }

    public static Client client(String serviceName, ClientOptions options) {
        return defaultSession().client(serviceName, options);
    }

    /** {@code boto3.resource("s3")}: a resource of the default session. */
    public static ServiceResource resource(String serviceName) {
        return defaultSession().resource(serviceName);
    }

    public static ServiceResource resource(String serviceName, ClientOptions options) {
        return defaultSession().resource(serviceName, options);
    }

    /**
     * boto3's {@code set_stream_logger}: logs of {@code name} (e.g. {@code "io.boto4j"}; {@code io.boto4j.call} has
     * a DEBUG line per call and retry decision, {@code io.boto4j.wire} the redacted wire at TRACE) at {@code level}
     * and above are written to standard error. It configures java.util.logging, where {@link System.Logger} goes
     * by default; when an application routes System.Logger elsewhere (SLF4J, Spring Boot), set the levels there.
     * Calling it again for the same name replaces the earlier handler.
     */
    public static void setStreamLogger(String name, Level level) {
        setStreamLogger(name, level, System.err);
    }

    /** {@link #setStreamLogger(String, Level)} writing to {@code stream}. */
    public static void setStreamLogger(String name, Level level, PrintStream stream) {
        java.util.logging.Level jul = julLevel(level);
        Logger logger = STREAM_LOGGERS.computeIfAbsent(name, Logger::getLogger);
        logger.setLevel(jul);
        Handler handler = new StreamHandler(stream, new LineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(jul);
        Handler previous = STREAM_HANDLERS.put(name, handler);
        if (previous != null) {
            logger.removeHandler(previous);
        }
        logger.addHandler(handler);
    }

    private static java.util.logging.Level julLevel(Level level) {
        return switch (level) {
            case ALL -> java.util.logging.Level.ALL;
            case TRACE -> java.util.logging.Level.FINER;
            case DEBUG -> java.util.logging.Level.FINE;
            case INFO -> java.util.logging.Level.INFO;
            case WARNING -> java.util.logging.Level.WARNING;
            case ERROR -> java.util.logging.Level.SEVERE;
            case OFF -> java.util.logging.Level.OFF;
        };
    }

    /** boto3's format: time, logger name, level, message. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            String level = switch (r.getLevel().intValue()) {
                case 400 -> "TRACE";
                case 500 -> "DEBUG";
                case 800 -> "INFO";
                case 900 -> "WARNING";
                case 1000 -> "ERROR";
                default -> r.getLevel().getName();
            };
            StringBuilder b = new StringBuilder().append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLoggerName()).append(" [").append(level).append("] ").append(formatMessage(r));
            if (r.getThrown() != null) {
                b.append(" (").append(r.getThrown()).append(')');
            }
            return b.append(System.lineSeparator()).toString();
        }
    }
}
