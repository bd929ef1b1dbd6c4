package org.cityreports.it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in throttle, in the shared deployment: every failure comes from another loopback
 * address ({@link OtherAddress}) and names an account of its own, so the address and the account
 * it locks for 15 minutes lock no other test out.
 */
class LoginThrottleIT extends DeployedWar {

    @Test
    void repeatedFailuresLockTheAccountAndThenTheAddress() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String account = "throttled-" + Long.toHexString(System.nanoTime());
        admin.createAccount(account, "reviewer");
        OtherAddress from = new OtherAddress(base);
        for (int i = 0; i < 5; i++) {
            assertEquals(401, from.signIn(account, "guess-" + i).status(), "attempt " + i);
        }
        OtherAddress.Answer locked = from.signIn(account, "guess-5");
        assertEquals(429, locked.status());
        assertTrue(locked.body().contains("登录失败次数过多"), locked.body());
        // the account only: the same name from this machine's usual address is locked too, admin is not
        assertEquals(429, new StaffClient(base).signIn(account, "guess-6").statusCode());

        // other names from that address still get their answer until it has failed 20 times
        for (int i = 0; i < 15; i++) {
            assertEquals(401, from.signIn(account + "-other-" + i, "guess").status(), "attempt " + i);
        }
        assertEquals(429, from.signIn(account + "-else", "guess").status());
        // and the address only: this machine's usual address may still sign in
        assertEquals(
                303,
                new StaffClient(base).signIn("admin", admin.adminPassword()).statusCode());
    }
}
