package org.cityreports.it;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * A draft of the city's report of that year, by its editor, with one figure in a section of the
     * annual review; the figure's exact value unless the fields say otherwise.
     *
     * @return the draft's path
     */
    public String draftWithFigure(int year, Map<String, String> figure) {
        String report = editor.createReport(slug, year, year + " 年政府工作报告");
        long section = editor.addSection(report, "ANNUAL_REVIEW", "经济");
        Map<String, String> fields = new HashMap<>(Map.of("qualifier", "EXACT"));
        fields.putAll(figure);
        editor.addFigure(section, fields);
        return report;
    }
}
