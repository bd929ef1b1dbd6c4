package org.cityreports.staff.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #ACCOUNT_LIMIT} failed sign-ins to one account, or
 * {@value #ADDRESS_LIMIT} from one address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed. Kept in memory: each server instance counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before trying again; zero when they may try now. */
    public Duration waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        Duration account = waitFor(accountKey(username), ACCOUNT_LIMIT, now);
        Duration byAddress = waitFor("address:" + address, ADDRESS_LIMIT, now);
        return account.compareTo(byAddress) >= 0 ? account : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(accountKey(username), now);
        record("address:" + address, now);
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count < limit) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.since.plus(WINDOW));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void record(String key, Instant now) {
        failures.compute(
                key,
                (k, f) -> f == null || f.since.plus(WINDOW).isBefore(now)
                        ? new Failures(now, 1)
                        : new Failures(f.since, f.count + 1));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private record Failures(Instant since, int count) {}
}
