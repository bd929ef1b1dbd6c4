package org.cityreports.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every staff route for every kind of visitor: anonymous, an editor of another city, an editor,
 * a reviewer and an admin, each allowed or refused as the roles say.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccessIT {

    private static final int SIGN_IN = 302;
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;
    private static final int INVALID = 400;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyStaffRouteAdmitsExactlyTheRolesItShould() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, StaffClient> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new StaffClient(base));
        visitors.put("editor of another city", new StaffClient(base).signInFirstTime("cz-" + run,
                admin.createAccount("cz-" + run, "editor", "changzhi")));
        visitors.put("editor", new StaffClient(base).signInFirstTime("ty-" + run,
                admin.createAccount("ty-" + run, "editor", "taiyuan")));
        visitors.put("reviewer", new StaffClient(base).signInFirstTime("rv-" + run,
                admin.createAccount("rv-" + run, "reviewer")));
        visitors.put("admin", admin);

        // route → expected status for: anonymous, editor of another city, editor, reviewer, admin
        Map<String, int[]> routes = new LinkedHashMap<>();
        routes.put("GET /staff", new int[]{SIGN_IN, OK, OK, OK, OK});
        routes.put("GET /staff/password", new int[]{SIGN_IN, OK, OK, OK, OK});
        routes.put("GET /staff/accounts", new int[]{SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("GET /staff/accounts/new", new int[]{SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("GET /staff/accounts/admin", new int[]{SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/accounts", new int[]{SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});

        List<String> wrong = new ArrayList<>();
        routes.forEach((route, expected) -> {
            int i = 0;
            for (Map.Entry<String, StaffClient> visitor : visitors.entrySet()) {
                int status = call(visitor.getValue(), route);
                if (status != expected[i]) {
                    wrong.add(route + " as " + visitor.getKey() + ": " + status + ", expected " + expected[i]);
                }
                i++;
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theStaffHomeListsOnlyTheReportsAnEditorMayWorkOn() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        String name = "ty-home-" + UUID.randomUUID().toString().substring(0, 6);
        StaffClient editor = new StaffClient(base).signInFirstTime(name, admin.createAccount(name, "editor", "taiyuan"));
        String home = editor.get("/staff").body();
        assertEquals(1, home.split("class=\"staff-report\"", -1).length - 1, home);
        assertEquals(true, home.contains("太原"));
    }

    private static int call(StaffClient client, String route) {
        String[] parts = route.split(" ", 2);
        if (parts[0].equals("GET")) {
            return client.get(parts[1]).statusCode();
        }
        client.get("/staff/login"); // a page with a token, whoever the visitor is
        HttpResponse<String> response = client.post(parts[1], Map.of());
        return response.statusCode();
    }
}
