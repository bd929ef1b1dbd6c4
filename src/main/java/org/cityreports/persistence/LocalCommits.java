package org.cityreports.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many transactions that wrote something this instance has committed: what may change public
 * pages here without another instance's help, so a reader of the database's state can tell when
 * what it read last is surely still current (nothing committed here since, and read a moment ago).
 *
 * <p>A static count, because EclipseLink makes the listener itself ({@link ServerDataSourceCustomizer}
 * adds it); one WAR, one count.
 */
public final class LocalCommits {

    private static final AtomicLong COUNT = new AtomicLong();

    private LocalCommits() {}

    public static long count() {
        return COUNT.get();
    }

    /**
     * The EclipseLink half. A unit of work that changed nothing raises no event (JTA: it is merged,
     * and the event raised, only when it wrote), and the event comes after the commit, so a reader
     * that sees the new count finds the new rows.
     */
    static class Listener extends SessionEventAdapter {
        @Override
        public void postCommitUnitOfWork(SessionEvent event) {
            COUNT.incrementAndGet();
        }
    }
}
