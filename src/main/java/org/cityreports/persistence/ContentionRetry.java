package org.cityreports.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a transaction again when the database gave it up only because of other transactions: a
 * deadlock or a lock it could not get. Nothing of the failed attempt is kept (the container's
 * {@code @Transactional} interceptor, inside this one, has rolled it back), so the next attempt
 * starts from what is stored.
 *
 * <p>Embedded Derby does this now and then to an ordinary save: a new range of identity values is
 * taken in a nested transaction that never waits for a lock, and when another connection is
 * reading that sequence's catalog row at that moment (compiling a statement, typically just after
 * a start) the insert fails with 40XL1; four editors saving at once met it in the benchmark.
 *
 * <p>Bound to {@code @Transactional} itself (its default, REQUIRED), so every transaction the
 * application starts is covered and none can forget it; only the outermost call retries.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) // outside the container's (PLATFORM_BEFORE + 200)
public class ContentionRetry {

    static final int ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(ContentionRetry.class.getName());

    /** Deadlock (SQL standard, PostgreSQL), lock timeouts (Derby's 40XL1, 40XL2; PostgreSQL's 55P03). */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "40XL1", "40XL2", "55P03");

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retried(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed(); // part of a caller's transaction: the caller's call is retried
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !isContention(e)) {
                    throw e;
                }
                String method = call.getMethod().getDeclaringClass().getSimpleName() + "."
                        + call.getMethod().getName();
                LOG.info(() -> method + " gave way to another transaction (" + sqlState(e) + "), run again");
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt); // apart from the other one
            }
        }
    }

    static boolean isContention(Throwable e) {
        return sqlState(e) != null;
    }

    /** The contention state anywhere in the causes (drivers and EclipseLink wrap it), or null. */
    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && CONTENTION.contains(sql.getSQLState())) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
