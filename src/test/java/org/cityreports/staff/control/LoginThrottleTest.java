package org.cityreports.staff.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-01-01T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.useClock(new Clock() {
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    void anAccountIsLockedAfterFiveFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Admin", "10.0.0." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeTrying("admin", "10.0.0.9"));
        throttle.failed("admin ", "10.0.0.5");
        assertEquals(
                Duration.ofMinutes(15),
                throttle.waitBeforeTrying("admin", "10.0.0.9"),
                "names compare as typed lower-case");
        now = now.plus(Duration.ofMinutes(10));
        assertEquals(Duration.ofMinutes(5), throttle.waitBeforeTrying("admin", "10.0.0.9"));
        now = now.plus(Duration.ofMinutes(6));
        assertEquals(Duration.ZERO, throttle.waitBeforeTrying("admin", "10.0.0.9"));
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresWhateverTheNames() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertTrue(throttle.waitBeforeTrying("someone-new", "192.0.2.7").toMinutes() > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeTrying("someone-new", "192.0.2.8"));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        throttle.succeeded("editor");
        throttle.failed("editor", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBeforeTrying("editor", "10.0.0.2"));
    }
}
