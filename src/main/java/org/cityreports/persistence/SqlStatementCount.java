package org.cityreports.persistence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Counts the SQL statements each request issues and logs the count when the request ends, page
 * rendering included: the benchmark's proof that a report page costs a constant number of
 * statements however many reports there are. Off unless the JVM runs with
 * {@code -Dcityreports.sql-count=true}, and then only for requests with the header {@code X-Count-SQL}.
 *
 * <p>Both halves in one class: EclipseLink calls {@link Listener} (persistence.xml names it) on
 * the request's thread before each statement; the filter (web.xml, before Jersey, which ends the
 * chain for what it serves) resets and reports the thread's count.
 */
public class SqlStatementCount extends HttpFilter {

    static final boolean ENABLED = Boolean.getBoolean("cityreports.sql-count");
    /** The request header that asks for the count of that request. */
    static final String ASK = "X-Count-SQL";

    private static final Logger LOG = Logger.getLogger("org.cityreports.sql");
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // counted on every request, logged for those that ask (the benchmark's), not to slow the rest
        if (!ENABLED || request.getHeader(ASK) == null) {
            chain.doFilter(request, response);
            return;
        }
        COUNT.get()[0] = 0;
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = COUNT.get()[0];
            LOG.info(() ->
                    "SQL statements: " + statements + " for " + request.getMethod() + " " + request.getRequestURI());
        }
    }

    /** The EclipseLink half: one more statement on this thread. */
    public static class Listener extends SessionEventAdapter {
        @Override
        public void preExecuteCall(SessionEvent event) {
            if (ENABLED) {
                COUNT.get()[0]++;
            }
        }
    }
}
