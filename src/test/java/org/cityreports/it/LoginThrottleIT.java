package org.cityreports.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deployment of its own: the throttle's memory starts empty and its locks stay here. */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void repeatedFailuresLockTheAccountAndThenTheAddress() {
        new StaffClient(base).signInAsAdmin(); // makes sure admin has its test password
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new StaffClient(base).signIn("admin", "guess-" + i).statusCode());
        }
        HttpResponse<String> locked = new StaffClient(base).signIn("admin", "guess-5");
        assertEquals(429, locked.statusCode());
        assertTrue(locked.body().contains("登录失败次数过多"), locked.body());

        // other names from the same address still get their answer until it has failed 20 times
        for (int i = 0; i < 15; i++) {
            assertEquals(401, new StaffClient(base).signIn("someone-" + i, "guess").statusCode(), "attempt " + i);
        }
        assertEquals(429, new StaffClient(base).signIn("someone-else", "guess").statusCode());
    }
}
