package org.cityreports.staff.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cityreports.persistence.DataDirectory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * One short block at the end of the start-up output, after the server's own lines: the address to
 * open, where staff sign in and, while the first admin has not chosen a password, the file that
 * holds the one-time one (never the password itself: server logs are files others may read).
 * The application starts before the server says it is done, so the block waits for the server's
 * last word (Payara Micro's "ready in", WildFly's "Deployed"/"started in", Payara Server's
 * "successfully deployed"), or a minute at most.
 */
@ApplicationScoped
public class ReadyNotice {

    /** Where the product answers, as the run commands set it; the README's address otherwise. */
    static final String URL_PROPERTY = "cityreports.url";

    private static final String DEFAULT_URL = "http://localhost:8080/";
    private static final Logger LOG = Logger.getLogger(ReadyNotice.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    InitialAdmin initialAdmin;

    private final AtomicBoolean told = new AtomicBoolean();
    private Handler watcher;
    private ScheduledFuture<?> fallback;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        watcher = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                // every record of the server passes here until the block is told: format only the servers' own
                if (isServerLogger(record.getLoggerName())
                        && isServerDone(record.getLoggerName(), formatter.formatMessage(record))) {
                    // after the server's handlers have written this record, and outside them
                    scheduler.schedule(ReadyNotice.this::tell, 300, TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger.getLogger("").addHandler(watcher);
        fallback = scheduler.schedule(this::tell, 60, TimeUnit.SECONDS);
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stopWatching();
        if (fallback != null) {
            fallback.cancel(false);
        }
    }

    private void tell() {
        if (told.compareAndSet(false, true)) {
            stopWatching();
            LOG.info(text(
                    System.getProperty(URL_PROPERTY, DEFAULT_URL),
                    initialAdmin.oneTimePasswordFile(DataDirectory.path())));
        }
    }

    private void stopWatching() {
        if (watcher != null) {
            Logger.getLogger("").removeHandler(watcher);
        }
    }

    /** The server's last start-up word: whatever follows is ours. */
    /** Payara Micro's, WildFly's and Payara Server's start-up loggers. */
    static boolean isServerLogger(String logger) {
        return logger != null
                && (logger.equals("PayaraMicro")
                        || logger.startsWith("fish.payara.micro")
                        || logger.startsWith("org.jboss.as")
                        || logger.equals("javax.enterprise.system.core"));
    }

    static boolean isServerDone(String logger, String message) {
        if (message == null || !isServerLogger(logger)) {
            return false;
        }
        return logger.startsWith("org.jboss.as")
                ? message.startsWith("WFLYSRV0010") || message.startsWith("WFLYSRV0025")
                : message.contains(" ready in ") || message.contains(" was successfully deployed in ");
    }

    static String text(String url, Optional<Path> oneTimePasswordFile) {
        String base = url.endsWith("/") ? url : url + "/";
        StringBuilder text = new StringBuilder("\n")
                .append("==================== City Reports is ready ====================\n")
                .append("  Open               ")
                .append(base)
                .append('\n')
                .append("  Staff sign-in      ")
                .append(base)
                .append("staff/login\n");
        oneTimePasswordFile.ifPresent(
                file -> text.append("  First sign-in      user admin, with the one-time password in\n")
                        .append("                     ")
                        .append(file)
                        .append('\n')
                        .append("                     (readable by its owner only; you choose a new one)\n"));
        return text.append("===============================================================\n")
                .toString();
    }
}
