package org.cityreports.track.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cityreports.persistence.LocalCommits;
import org.cityreports.track.control.Tracking;
import org.cityreports.web.PublishedState;

/**
 * The published state read from the database at most once a second, and again at once after this
 * instance commits a change: a publication here shows on the next request; one on another
 * instance within a second (each instance learns of the other's only through the database).
 */
@ApplicationScoped
public class TrackedPublishedState implements PublishedState {

    static final long RECHECK_NANOS = 1_000_000_000L;

    @Inject
    Tracking tracking;

    private record Known(String stamp, long commits, long readAt) {}

    private volatile Known known;

    @Override
    public String stamp() {
        Known last = known;
        if (current(last)) {
            return last.stamp();
        }
        synchronized (this) { // one reader at a time; the others take what it read
            last = known;
            if (current(last)) {
                return last.stamp();
            }
            long commits = LocalCommits.count(); // before reading: a commit meanwhile makes us read again
            long readAt = System.nanoTime();
            String stamp = tracking.stamp();
            known = new Known(stamp, commits, readAt);
            return stamp;
        }
    }

    private static boolean current(Known known) {
        return known != null
                && known.commits() == LocalCommits.count()
                && System.nanoTime() - known.readAt() < RECHECK_NANOS;
    }
}
