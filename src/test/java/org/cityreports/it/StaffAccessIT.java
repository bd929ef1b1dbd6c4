package org.cityreports.it;

import org.junit.jupiter.api.Test;

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
class StaffAccessIT extends DeployedWar {

    private static final int SIGN_IN = 302;
    private static final int OK = 200;
    private static final int FORBIDDEN = 403;
    private static final int INVALID = 400;

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
        routes.put("GET /staff/cities", new int[]{SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK});
        routes.put("POST /staff/cities", new int[]{SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, INVALID});

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
        assertEquals(true, home.contains("2022 年政府工作报告(摘要)"), "Taiyuan's report");
        assertEquals(false, home.contains("夯基蓄势谋发展"), "not Changzhi's");
    }

    @Test
    void anAdminAddsACityAfterCorrectingTheForm() {
        StaffClient admin = new StaffClient(base).signInAsAdmin();
        admin.get("/staff/cities");
        HttpResponse<String> refused = admin.post("/staff/cities",
                Map.of("slug", "Da Tong", "nameZh", "大同", "nameEn", "", "province", "山西省"));
        assertEquals(INVALID, refused.statusCode());
        String page = refused.body();
        assertEquals(true, page.contains("城市标识只能包含小写字母"), page);
        assertEquals(true, page.contains("请填写英文名"), page);
        assertEquals(true, page.contains("value=\"大同\""), "what was typed is kept");

        String slug = "datong-" + UUID.randomUUID().toString().substring(0, 4);
        HttpResponse<String> added = admin.post("/staff/cities",
                Map.of("slug", slug, "nameZh", "大同", "nameEn", "Datong", "province", "山西省"));
        assertEquals(303, added.statusCode());
        assertEquals(OK, Http.getChinese(base, "/cities/" + slug).statusCode(), "the public sees the new city");
        HttpResponse<String> again = admin.post("/staff/cities",
                Map.of("slug", slug, "nameZh", "大同", "nameEn", "Datong", "province", "山西省"));
        assertEquals(INVALID, again.statusCode());
        assertEquals(true, again.body().contains("已有城市使用该标识"));
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
