package org.cityreports.persistence;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContentionRetryTest {

    /** What EclipseLink throws when embedded Derby gives up an insert for a sequence's catalog row. */
    private static PersistenceException derbyLockTimeout() {
        return new PersistenceException(
                "Exception [EclipseLink-4002]",
                new RuntimeException(new SQLTransactionRollbackException(
                        "A lock could not be obtained within the time requested", "40XL1", 30000)));
    }

    @Test
    void aSaveThatMetLockContentionIsRunAgainAndItsResultReturned() throws Exception {
        Calls calls = new Calls(List.of(derbyLockTimeout(), derbyLockTimeout()), "saved");

        assertEquals("saved", retry(Status.STATUS_NO_TRANSACTION).retried(calls.context()));
        assertEquals(3, calls.made);
    }

    @Test
    void contentionThatDoesNotGoAwayIsReportedAfterTheLastAttempt() {
        PersistenceException last = derbyLockTimeout();
        Calls calls = new Calls(List.of(derbyLockTimeout(), derbyLockTimeout(), last), "never");

        assertSame(last, assertThrows(PersistenceException.class, () -> retry(Status.STATUS_NO_TRANSACTION)
                .retried(calls.context())));
        assertEquals(ContentionRetry.ATTEMPTS, calls.made);
    }

    @Test
    void anyOtherFailureIsReportedAtOnce() {
        PersistenceException constraint = new PersistenceException(new SQLTransactionRollbackException(
                "The statement was aborted because it would have caused a duplicate key value", "23505"));
        Calls calls = new Calls(List.of(constraint), "never");

        assertSame(constraint, assertThrows(PersistenceException.class, () -> retry(Status.STATUS_NO_TRANSACTION)
                .retried(calls.context())));
        assertEquals(1, calls.made);
    }

    @Test
    void aCallInsideTheCallersTransactionLeavesTheRetryToTheCaller() {
        Calls calls = new Calls(List.of(derbyLockTimeout()), "never");

        assertThrows(
                PersistenceException.class, () -> retry(Status.STATUS_ACTIVE).retried(calls.context()));
        assertEquals(1, calls.made);
    }

    private static ContentionRetry retry(int transactionStatus) {
        ContentionRetry retry = new ContentionRetry();
        retry.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                ContentionRetryTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionStatus")) {
                        return transactionStatus;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return retry;
    }

    /** The intercepted method: fails with each of the given exceptions in turn, then returns. */
    private static class Calls {
        final Deque<RuntimeException> failures;
        final Object result;
        int made;

        Calls(List<RuntimeException> failures, Object result) {
            this.failures = new ArrayDeque<>(failures);
            this.result = result;
        }

        InvocationContext context() throws NoSuchMethodException {
            Callable<Object> proceed = () -> {
                made++;
                if (!failures.isEmpty()) {
                    throw failures.pop();
                }
                return result;
            };
            var saved = Calls.class.getDeclaredMethod("context");
            return (InvocationContext) Proxy.newProxyInstance(
                    ContentionRetryTest.class.getClassLoader(),
                    new Class<?>[] {InvocationContext.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "proceed" -> proceed.call();
                        case "getMethod" -> saved;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
