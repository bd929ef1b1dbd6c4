package org.cityreports.it;

import java.net.URL;
import java.util.UUID;

/**
 * A city of a test's own, with an editor of it and a reviewer, each signed in: what a test of the
 * way to publication starts from. The prefix tells the test's accounts apart in the shared database.
 */
public record NewCity(StaffClient admin, String slug, StaffClient editor, StaffClient reviewer) {

    public static NewCity withStaff(URL base, String prefix) {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String city = admin.createCity(prefix + "-" + run);
        String editorName = prefix + "-e-" + run;
        String reviewerName = prefix + "-r-" + run;
        StaffClient editor =
                new StaffClient(base).signInFirstTime(editorName, admin.createAccount(editorName, "editor", city));
        StaffClient reviewer =
                new StaffClient(base).signInFirstTime(reviewerName, admin.createAccount(reviewerName, "reviewer"));
        return new NewCity(admin, city, editor, reviewer);
    }
}
