package briefing.bake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.LogManager;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Captures what JBake logs at WARN or above while a bake runs. JBake logs many real failures (a content
 * file skipped for a bad header, a missing template engine) and carries on; captured here, each becomes a
 * build error. Also routes java.util.logging (OrientDB) into SLF4J so nothing reaches the console raw.
 */
final class JBakeLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    /** Messages JBake logs on every bake about optional engines we do not use. */
    private static final List<String> BENIGN = List.of(
            "Unable to load a suitable rendering engine",
            "Failed to bake"); // a summary of errors we report one by one

    private final Logger jbake = (Logger) LoggerFactory.getLogger("org.jbake");
    private final List<String> captured = new ArrayList<>();

    static {
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    /** Routes java.util.logging into SLF4J (done once, when this class loads); call before OrientDB starts. */
    static void routeJavaLogging() {
        // the static initialiser above does the work
    }

    JBakeLog() {
        setContext(jbake.getLoggerContext());
        setName("briefing-jbake-capture");
        start();
        jbake.addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
            return;
        }
        String message = event.getFormattedMessage();
        if (BENIGN.stream().noneMatch(message::startsWith)) {
            Object cause = event.getThrowableProxy() == null ? null : event.getThrowableProxy().getMessage();
            captured.add(cause == null ? message : message + ": " + cause);
        }
    }

    synchronized List<String> captured() {
        return List.copyOf(captured);
    }

    @Override
    public void close() {
        jbake.detachAppender(this);
        stop();
    }
}
