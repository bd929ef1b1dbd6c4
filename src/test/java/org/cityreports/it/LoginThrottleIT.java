package org.cityreports.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server of its own (the failsafe execution own-server in the pom): the throttle's memory starts
 * empty, and the address it locks for 15 minutes locks no other test out.
 */
class LoginThrottleIT extends DeployedWar {

    @Test
    void repeatedFailuresLockTheAccountAndThenTheAddress() {
        new StaffClient(base).signInAsAdmin(); // makes sure admin has its test password
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    401, new StaffClient(base).signIn("admin", "guess-" + i).statusCode());
        }
        HttpResponse<String> locked = new StaffClient(base).signIn("admin", "guess-5");
        assertEquals(429, locked.statusCode());
        assertTrue(locked.body().contains("登录失败次数过多"), locked.body());

        // other names from the same address still get their answer until it has failed 20 times
        for (int i = 0; i < 15; i++) {
            assertEquals(
                    401, new StaffClient(base).signIn("someone-" + i, "guess").statusCode(), "attempt " + i);
        }
        assertEquals(429, new StaffClient(base).signIn("someone-else", "guess").statusCode());
    }
}
